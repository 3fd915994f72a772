package org.assises.logistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides who sleeps where, without a database. The rules: a delegation stays in one hotel; VIPs and
 * heads of delegation get a room of their own; a room is shared only within a delegation; a block is
 * never exceeded on any night; who cannot be placed is listed with the reason. It starts from the
 * previous placements: pinned ones are kept, the others are kept while they still fit the rules, so a
 * re-run changes only what must change.
 */
public final class RoomAllocator {

    /**
     * Someone who needs a room. {@code firstNight}/{@code lastNight} are null when the arrival or
     * departure is unknown; {@code lastNight} before {@code firstNight} when they leave before arriving.
     */
    public record Guest(UUID id, String delegationId, boolean singleRoom, LocalDate firstNight, LocalDate lastNight) {

        List<LocalDate> nights() {
            return firstNight.datesUntil(lastNight.plusDays(1)).toList();
        }
    }

    /** Rooms of one type set aside by a hotel: how many per night, each for {@code capacity} people. */
    public record Block(String hotel, String roomType, int capacity, Map<LocalDate, Integer> rooms) {
    }

    /** A guest in a room (labelled within its hotel and type) for a run of nights. */
    public record Placement(UUID guest, String hotel, String roomType, String room, LocalDate firstNight, LocalDate lastNight,
            boolean pinned) {
    }

    /** Why someone who needs a room has none. */
    public enum Reason {
        DATES_UNKNOWN, NO_NIGHT, DEPARTURE_BEFORE_ARRIVAL, NO_ROOM_LEFT, DELEGATION_HOTEL_FULL, PIN_CANNOT_BE_KEPT
    }

    public record Unplaced(UUID guest, Reason reason, String detail) {
    }

    public record Result(List<Placement> placements, List<Unplaced> unplaced) {
    }

    private RoomAllocator() {
    }

    /**
     * @param guests          everyone who needs a room now
     * @param hotelPreference hotel codes, best first (the shortlist's order)
     * @param blocks          the room blocks of the edition
     * @param previous        the placements of the last run (pinned ones included), by guest
     */
    public static Result allocate(List<Guest> guests, List<String> hotelPreference, List<Block> blocks,
            Map<UUID, Placement> previous) {
        return new Run(hotelPreference, blocks).allocate(guests, previous);
    }

    /** One allocation: the rooms opened so far, night by night. */
    private static final class Run {

        private final List<String> hotels;
        private final Map<String, List<Block>> blocksByHotel = new LinkedHashMap<>();
        private Ledger ledger;
        private final Map<String, String> delegationHotel = new HashMap<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<Unplaced> unplaced = new ArrayList<>();

        Run(List<String> hotelPreference, List<Block> blocks) {
            for (Block b : blocks) {
                blocksByHotel.computeIfAbsent(b.hotel(), h -> new ArrayList<>()).add(b);
            }
            List<String> order = new ArrayList<>(hotelPreference.stream().filter(blocksByHotel::containsKey).toList());
            blocksByHotel.keySet().stream().filter(h -> !order.contains(h)).sorted().forEach(order::add);
            this.hotels = order;
            this.ledger = new Ledger(blocks);
        }

        Result allocate(List<Guest> guests, Map<UUID, Placement> previous) {
            List<Guest> toPlace = new ArrayList<>();
            for (Guest g : guests) {
                Unplaced invalid = datesProblem(g);
                if (invalid != null) {
                    unplaced.add(invalid);
                } else {
                    toPlace.add(g);
                }
            }
            // Pinned placements first: an organiser decided them by hand.
            List<Guest> rest = new ArrayList<>();
            for (Guest g : toPlace) {
                Placement before = previous.get(g.id());
                if (before != null && before.pinned()) {
                    keepPinned(g, before);
                } else {
                    rest.add(g);
                }
            }
            // Then what was placed before and still fits, in a stable order.
            List<Guest> fresh = new ArrayList<>();
            rest.sort(Comparator.comparing(Guest::id));
            for (Guest g : rest) {
                Placement before = previous.get(g.id());
                if (before == null || !keep(g, before)) {
                    fresh.add(g);
                }
            }
            placeFresh(fresh);
            placements.sort(Comparator.comparing(Placement::hotel).thenComparing(Placement::roomType).thenComparing(Placement::room)
                    .thenComparing(Placement::guest));
            unplaced.sort(Comparator.comparing(Unplaced::guest));
            return new Result(List.copyOf(placements), List.copyOf(unplaced));
        }

        private static Unplaced datesProblem(Guest g) {
            if (g.firstNight() == null || g.lastNight() == null) {
                return new Unplaced(g.id(), Reason.DATES_UNKNOWN, "arrival or departure date unknown");
            }
            if (g.lastNight().isBefore(g.firstNight().minusDays(1))) {
                return new Unplaced(g.id(), Reason.DEPARTURE_BEFORE_ARRIVAL, "departure before arrival");
            }
            if (g.lastNight().isBefore(g.firstNight())) {
                return new Unplaced(g.id(), Reason.NO_NIGHT, "arrives and leaves the same day: no night to book");
            }
            return null;
        }

        private void keepPinned(Guest g, Placement pin) {
            Ledger.Room room = ledger.room(pin.hotel(), pin.roomType(), pin.room());
            boolean placed = room != null ? ledger.join(room, g) : ledger.open(pin.hotel(), pin.roomType(), pin.room(), g) != null;
            if (!placed) {
                Ledger.Room other = ledger.open(pin.hotel(), pin.roomType(), null, g);
                placed = other != null;
                if (placed) {
                    record(g, other, true);
                    claimHotel(g, pin.hotel());
                    return;
                }
                unplaced.add(new Unplaced(g.id(), Reason.PIN_CANNOT_BE_KEPT,
                        "pinned to " + pin.hotel() + " " + pin.roomType() + ", which has no room left for nights "
                                + g.firstNight() + " to " + g.lastNight()));
                return;
            }
            record(g, ledger.room(pin.hotel(), pin.roomType(), pin.room()), true);
            claimHotel(g, pin.hotel());
        }

        private boolean keep(Guest g, Placement before) {
            String hotel = g.delegationId() == null ? null : delegationHotel.get(g.delegationId());
            if (hotel != null && !hotel.equals(before.hotel())) {
                return false;
            }
            Ledger.Room room = ledger.room(before.hotel(), before.roomType(), before.room());
            boolean placed = room != null ? ledger.join(room, g) : ledger.open(before.hotel(), before.roomType(), before.room(), g) != null;
            if (placed) {
                record(g, ledger.room(before.hotel(), before.roomType(), before.room()), false);
                claimHotel(g, before.hotel());
            }
            return placed;
        }

        private void placeFresh(List<Guest> fresh) {
            Map<String, List<Guest>> byDelegation = fresh.stream().filter(g -> g.delegationId() != null)
                    .collect(Collectors.groupingBy(Guest::delegationId, LinkedHashMap::new, Collectors.toList()));
            List<Map.Entry<String, List<Guest>>> delegations = new ArrayList<>(byDelegation.entrySet());
            delegations.sort(Comparator.comparing((Map.Entry<String, List<Guest>> e) -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, List<Guest>> delegation : delegations) {
                placeDelegation(delegation.getKey(), ordered(delegation.getValue()));
            }
            for (Guest g : ordered(fresh.stream().filter(x -> x.delegationId() == null).toList())) {
                placeAlone(g);
            }
        }

        private static List<Guest> ordered(List<Guest> guests) {
            return guests.stream().sorted(Comparator.comparing((Guest g) -> !g.singleRoom()).thenComparing(Guest::firstNight)
                    .thenComparing(Guest::id)).toList();
        }

        private void placeDelegation(String delegation, List<Guest> members) {
            String hotel = delegationHotel.get(delegation);
            if (hotel == null) {
                hotel = bestHotelFor(members);
                if (hotel == null) {
                    for (Guest g : members) {
                        unplaced.add(new Unplaced(g.id(), Reason.NO_ROOM_LEFT, noRoomDetail(g)));
                    }
                    return;
                }
                delegationHotel.put(delegation, hotel);
            }
            for (Guest g : members) {
                Ledger.Room room = placeIn(hotel, g);
                if (room == null) {
                    unplaced.add(new Unplaced(g.id(), Reason.DELEGATION_HOTEL_FULL, "the delegation's hotel " + hotel
                            + " has no room left for nights " + g.firstNight() + " to " + g.lastNight()));
                } else {
                    record(g, room, false);
                }
            }
        }

        /** The first hotel that takes the whole delegation, else the one that takes most of it. */
        private String bestHotelFor(List<Guest> members) {
            String best = null;
            int bestCount = 0;
            for (String hotel : hotels) {
                Ledger saved = ledger;
                ledger = ledger.copy();
                int count = 0;
                for (Guest g : members) {
                    if (placeIn(hotel, g) != null) {
                        count++;
                    }
                }
                ledger = saved;
                if (count == members.size()) {
                    return hotel;
                }
                if (count > bestCount) {
                    best = hotel;
                    bestCount = count;
                }
            }
            return best;
        }

        private void placeAlone(Guest g) {
            for (String hotel : hotels) {
                Ledger.Room room = placeIn(hotel, g);
                if (room != null) {
                    record(g, room, false);
                    return;
                }
            }
            unplaced.add(new Unplaced(g.id(), Reason.NO_ROOM_LEFT, noRoomDetail(g)));
        }

        /** A room in this hotel: a delegation's shared room with a free bed, else a new room. */
        private Ledger.Room placeIn(String hotel, Guest g) {
            List<Block> types = blocksByHotel.getOrDefault(hotel, List.of());
            boolean shares = !g.singleRoom() && g.delegationId() != null;
            if (shares) {
                for (Ledger.Room room : ledger.roomsOf(hotel)) {
                    if (g.delegationId().equals(room.delegation) && !room.single && ledger.join(room, g)) {
                        return room;
                    }
                }
            }
            // Sharers open the largest rooms (so others can join), the others the smallest.
            Comparator<Block> bySize = Comparator.comparingInt(Block::capacity);
            List<Block> order = types.stream().sorted(shares ? bySize.reversed() : bySize).toList();
            for (Block type : order) {
                Ledger.Room room = ledger.open(hotel, type.roomType(), null, g);
                if (room != null) {
                    return room;
                }
            }
            return null;
        }

        private void claimHotel(Guest g, String hotel) {
            if (g.delegationId() != null) {
                delegationHotel.putIfAbsent(g.delegationId(), hotel);
            }
        }

        private void record(Guest g, Ledger.Room room, boolean pinned) {
            placements.add(new Placement(g.id(), room.hotel, room.type, room.label, g.firstNight(), g.lastNight(), pinned));
        }

        private static String noRoomDetail(Guest g) {
            return "no block has a room left for nights " + g.firstNight() + " to " + g.lastNight();
        }
    }

    /** The rooms opened in each block and who sleeps in them, night by night. */
    private static final class Ledger {

        private final Map<String, Block> blocks = new LinkedHashMap<>();
        private final Map<String, Room> rooms = new LinkedHashMap<>();
        private final Map<String, Map<LocalDate, Integer>> used = new HashMap<>();
        private final Map<String, Integer> nextNumber = new HashMap<>();

        Ledger(List<Block> blocks) {
            for (Block b : blocks) {
                this.blocks.put(key(b.hotel(), b.roomType()), b);
            }
        }

        private Ledger(Ledger other) {
            blocks.putAll(other.blocks);
            other.rooms.forEach((k, r) -> rooms.put(k, r.copy()));
            other.used.forEach((k, v) -> used.put(k, new HashMap<>(v)));
            nextNumber.putAll(other.nextNumber);
        }

        Ledger copy() {
            return new Ledger(this);
        }

        Room room(String hotel, String type, String label) {
            return rooms.get(key(hotel, type) + "|" + label);
        }

        List<Room> roomsOf(String hotel) {
            return rooms.values().stream().filter(r -> r.hotel.equals(hotel)).toList();
        }

        /** Opens a new room for the guest if the block has one free on each of their nights. */
        Room open(String hotel, String type, String label, Guest g) {
            Block block = blocks.get(key(hotel, type));
            if (block == null) {
                return null;
            }
            Map<LocalDate, Integer> usedNights = used.computeIfAbsent(key(hotel, type), k -> new HashMap<>());
            for (LocalDate night : g.nights()) {
                if (usedNights.getOrDefault(night, 0) >= block.rooms().getOrDefault(night, 0)) {
                    return null;
                }
            }
            String roomLabel = label != null ? label : nextLabel(hotel, type);
            if (rooms.containsKey(key(hotel, type) + "|" + roomLabel)) {
                return null;
            }
            Room room = new Room(hotel, type, roomLabel, block.capacity(), g.delegationId(), g.singleRoom() || g.delegationId() == null);
            rooms.put(key(hotel, type) + "|" + roomLabel, room);
            occupy(room, g);
            return room;
        }

        /** Adds the guest to a room already open, if it has a bed free on each of their nights and the rules allow it. */
        boolean join(Room room, Guest g) {
            boolean empty = room.occupants.isEmpty();
            if (!empty && (room.single || g.singleRoom() || g.delegationId() == null || !g.delegationId().equals(room.delegation))) {
                return false;
            }
            Block block = blocks.get(key(room.hotel, room.type));
            Map<LocalDate, Integer> usedNights = used.computeIfAbsent(key(room.hotel, room.type), k -> new HashMap<>());
            for (LocalDate night : g.nights()) {
                int inRoom = room.occupants.getOrDefault(night, 0);
                if (inRoom >= room.capacity) {
                    return false;
                }
                if (inRoom == 0 && usedNights.getOrDefault(night, 0) >= block.rooms().getOrDefault(night, 0)) {
                    return false;
                }
            }
            if (empty) {
                room.delegation = g.delegationId();
                room.single = g.singleRoom() || g.delegationId() == null;
            }
            occupy(room, g);
            return true;
        }

        private void occupy(Room room, Guest g) {
            Map<LocalDate, Integer> usedNights = used.computeIfAbsent(key(room.hotel, room.type), k -> new HashMap<>());
            for (LocalDate night : g.nights()) {
                if (room.occupants.merge(night, 1, Integer::sum) == 1) {
                    usedNights.merge(night, 1, Integer::sum);
                }
            }
            bumpNumber(room);
        }

        private void bumpNumber(Room room) {
            String prefix = room.type.length() > 0 ? room.type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : "R";
            if (room.label.startsWith(prefix)) {
                try {
                    int n = Integer.parseInt(room.label.substring(prefix.length()));
                    nextNumber.merge(key(room.hotel, room.type), n + 1, Math::max);
                } catch (NumberFormatException e) {
                    // a label given by hand: numbering of new rooms is unaffected
                }
            }
        }

        private String nextLabel(String hotel, String type) {
            String prefix = type.length() > 0 ? type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : "R";
            int n = nextNumber.getOrDefault(key(hotel, type), 1);
            while (rooms.containsKey(key(hotel, type) + "|" + prefix + n)) {
                n++;
            }
            return prefix + n;
        }

        private static String key(String hotel, String type) {
            return hotel + "|" + type;
        }

        /** An open room: who belongs to it (a delegation, or one person alone) and its occupants per night. */
        static final class Room {
            final String hotel;
            final String type;
            final String label;
            final int capacity;
            String delegation;
            boolean single;
            final Map<LocalDate, Integer> occupants = new HashMap<>();

            Room(String hotel, String type, String label, int capacity, String delegation, boolean single) {
                this.hotel = hotel;
                this.type = type;
                this.label = label;
                this.capacity = capacity;
                this.delegation = delegation;
                this.single = single;
            }

            Room copy() {
                Room r = new Room(hotel, type, label, capacity, delegation, single);
                r.occupants.putAll(occupants);
                return r;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Room r && r.hotel.equals(hotel) && r.type.equals(type) && r.label.equals(label);
            }

            @Override
            public int hashCode() {
                return Objects.hash(hotel, type, label);
            }
        }
    }
}
