package org.assises.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.assises.logistics.domain.RoomAllocator.Block;
import org.assises.logistics.domain.RoomAllocator.Guest;
import org.assises.logistics.domain.RoomAllocator.Placement;
import org.assises.logistics.domain.RoomAllocator.Reason;
import org.assises.logistics.domain.RoomAllocator.Result;

/** The room allocation rules, without a database. */
class RoomAllocatorTest {

    static final LocalDate D10 = LocalDate.of(2018, 12, 10);
    static final LocalDate D11 = LocalDate.of(2018, 12, 11);
    static final LocalDate D12 = LocalDate.of(2018, 12, 12);

    static Map<LocalDate, Integer> nights(int rooms) {
        return Map.of(D10, rooms, D11, rooms, D12, rooms);
    }

    static Guest member(String delegation, boolean single) {
        return new Guest(UUID.randomUUID(), delegation, single, D10, D12);
    }

    static Map<UUID, Placement> byGuest(Result r) {
        return r.placements().stream().collect(Collectors.toMap(Placement::guest, Function.identity()));
    }

    @Test
    void aDelegationStaysInOneHotel() {
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            guests.add(member("D1", false));
        }
        // The first hotel can take only two of them: the whole delegation goes to the second.
        List<Block> blocks = List.of(new Block("a", "TWIN", 2, nights(1)), new Block("b", "TWIN", 2, nights(5)));
        Result r = RoomAllocator.allocate(guests, List.of("a", "b"), blocks, Map.of());
        assertThat(r.unplaced()).isEmpty();
        assertThat(r.placements()).extracting(Placement::hotel).containsOnly("b");
    }

    @Test
    void vipsAndHeadsGetARoomOfTheirOwn() {
        Guest vip = member("D1", true);
        Guest a = member("D1", false);
        Guest b = member("D1", false);
        Result r = RoomAllocator.allocate(List.of(vip, a, b), List.of("h"), List.of(new Block("h", "TWIN", 2, nights(5))), Map.of());
        Map<UUID, Placement> p = byGuest(r);
        assertThat(r.placements()).filteredOn(x -> x.room().equals(p.get(vip.id()).room())).hasSize(1);
        assertThat(p.get(a.id()).room()).isEqualTo(p.get(b.id()).room());
    }

    @Test
    void twinRoomsAreSharedOnlyWithinADelegation() {
        Guest a = member("D1", false);
        Guest b = member("D2", false);
        Guest french = member(null, false);
        Result r = RoomAllocator.allocate(List.of(a, b, french), List.of("h"), List.of(new Block("h", "TWIN", 2, nights(3))), Map.of());
        assertThat(r.placements()).extracting(Placement::room).doesNotHaveDuplicates();
    }

    @Test
    void aBlockIsNeverExceededOnAnyNightAndWhoCannotBePlacedIsListedWithTheReason() {
        Guest early = new Guest(UUID.randomUUID(), null, false, D10, D11);
        Guest late = new Guest(UUID.randomUUID(), null, false, D11, D12);
        Guest third = new Guest(UUID.randomUUID(), null, false, D12, D12);
        // One room on the 11th only: early takes it; late overlaps on the 11th and cannot be placed.
        Result r = RoomAllocator.allocate(List.of(early, late, third), List.of("h"),
                List.of(new Block("h", "SINGLE", 1, Map.of(D10, 1, D11, 1, D12, 1))), Map.of());
        Map<UUID, Placement> placed = byGuest(r);
        assertThat(placed).containsKeys(early.id(), third.id()).doesNotContainKey(late.id());
        assertThat(r.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.guest()).isEqualTo(late.id());
            assertThat(u.reason()).isEqualTo(Reason.NO_ROOM_LEFT);
            assertThat(u.detail()).contains("2018-12-11");
        });
    }

    @Test
    void unknownDatesAndDepartureBeforeArrivalAreListed() {
        Guest unknown = new Guest(UUID.randomUUID(), null, false, null, null);
        Guest backwards = new Guest(UUID.randomUUID(), null, false, D12, D10);
        Guest dayTrip = new Guest(UUID.randomUUID(), null, false, D12, D11);
        Result r = RoomAllocator.allocate(List.of(unknown, backwards, dayTrip), List.of("h"),
                List.of(new Block("h", "SINGLE", 1, nights(9))), Map.of());
        assertThat(r.placements()).isEmpty();
        assertThat(r.unplaced()).extracting(RoomAllocator.Unplaced::reason)
                .containsExactlyInAnyOrder(Reason.DATES_UNKNOWN, Reason.DEPARTURE_BEFORE_ARRIVAL, Reason.NO_NIGHT);
    }

    @Test
    void aReRunChangesOnlyWhatMustChange() {
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            guests.add(member(i < 4 ? "D1" : null, i == 0));
        }
        List<Block> blocks = List.of(new Block("a", "TWIN", 2, nights(4)), new Block("b", "SINGLE", 1, nights(6)));
        Result first = RoomAllocator.allocate(guests, List.of("a", "b"), blocks, Map.of());
        // One guest leaves; another arrives.
        List<Guest> next = new ArrayList<>(guests.subList(1, guests.size()));
        next.add(member(null, false));
        Result second = RoomAllocator.allocate(next, List.of("a", "b"), blocks, byGuest(first));
        Map<UUID, Placement> before = byGuest(first);
        for (Placement p : second.placements()) {
            if (before.containsKey(p.guest())) {
                assertThat(p).isEqualTo(before.get(p.guest()));
            }
        }
        assertThat(second.placements()).hasSize(8);
    }

    @Test
    void aPinnedPlacementIsKept() {
        Guest g = member(null, false);
        Guest other = member(null, false);
        List<Block> blocks = List.of(new Block("a", "SINGLE", 1, nights(5)), new Block("b", "SINGLE", 1, nights(5)));
        Placement pin = new Placement(g.id(), "b", "SINGLE", "P-1", D10, D12, true);
        Result r = RoomAllocator.allocate(List.of(g, other), List.of("a", "b"), blocks, Map.of(g.id(), pin));
        assertThat(byGuest(r).get(g.id())).satisfies(p -> {
            assertThat(p.hotel()).isEqualTo("b");
            assertThat(p.room()).isEqualTo("P-1");
            assertThat(p.pinned()).isTrue();
        });
        assertThat(byGuest(r).get(other.id()).hotel()).isEqualTo("a");
    }

    @Test
    void aGuestWhoBecomesVipLeavesTheSharedRoom() {
        Guest a = member("D1", false);
        Guest b = member("D1", false);
        List<Block> blocks = List.of(new Block("h", "TWIN", 2, nights(4)));
        Result first = RoomAllocator.allocate(List.of(a, b), List.of("h"), blocks, Map.of());
        assertThat(byGuest(first).get(a.id()).room()).isEqualTo(byGuest(first).get(b.id()).room());
        Guest vipA = new Guest(a.id(), "D1", true, D10, D12);
        Result second = RoomAllocator.allocate(List.of(vipA, b), List.of("h"), blocks, byGuest(first));
        assertThat(byGuest(second).get(a.id()).room()).isNotEqualTo(byGuest(second).get(b.id()).room());
    }

    @Test
    void roomsNeverHoldMoreThanTheirCapacityOnAnyNightAtScale() {
        List<Guest> guests = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            for (int i = 0; i < 12; i++) {
                guests.add(new Guest(UUID.randomUUID(), "D" + d, i == 0, D10.plusDays(i % 2), D12));
            }
        }
        for (int i = 0; i < 100; i++) {
            guests.add(new Guest(UUID.randomUUID(), null, i % 10 == 0, D10, D11.plusDays(i % 2)));
        }
        List<Block> blocks = new ArrayList<>();
        for (String h : List.of("a", "b", "c", "d")) {
            blocks.add(new Block(h, "TWIN", 2, nights(40)));
            blocks.add(new Block(h, "SINGLE", 1, nights(30)));
        }
        Result r = RoomAllocator.allocate(guests, List.of("a", "b", "c", "d"), blocks, Map.of());
        Map<String, Integer> perRoomNight = new HashMap<>();
        Map<String, Set<String>> roomsPerBlockNight = new HashMap<>();
        for (Placement p : r.placements()) {
            for (LocalDate n = p.firstNight(); !n.isAfter(p.lastNight()); n = n.plusDays(1)) {
                perRoomNight.merge(p.hotel() + p.roomType() + p.room() + n, 1, Integer::sum);
                roomsPerBlockNight.computeIfAbsent(p.hotel() + p.roomType() + n, k -> new java.util.HashSet<>()).add(p.room());
            }
        }
        perRoomNight.forEach((k, v) -> assertThat(v).as(k).isLessThanOrEqualTo(k.contains("TWIN") ? 2 : 1));
        roomsPerBlockNight.forEach((k, v) -> assertThat(v.size()).as(k).isLessThanOrEqualTo(k.contains("TWIN") ? 40 : 30));
        Map<String, Set<String>> hotelsPerDelegation = new HashMap<>();
        Map<UUID, Guest> byId = guests.stream().collect(Collectors.toMap(Guest::id, Function.identity()));
        r.placements().stream().filter(p -> byId.get(p.guest()).delegationId() != null)
                .forEach(p -> hotelsPerDelegation.computeIfAbsent(byId.get(p.guest()).delegationId(), k -> new java.util.HashSet<>()).add(p.hotel()));
        hotelsPerDelegation.values().forEach(h -> assertThat(h).hasSize(1));
        assertThat(r.placements().size() + r.unplaced().size()).isEqualTo(guests.size());
    }
}
