package org.assises.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.ParticipantStatus;

/** The rules of the papers and the door, without a database: the door's decision, who a list admits, letter check codes. */
class DoorRulesTest {

    static BadgeSecret secret(boolean current) {
        BadgeSecret s = new BadgeSecret();
        s.retiredAt = current ? null : OffsetDateTime.now();
        return s;
    }

    @Test
    void anUnknownSecretIsUnknownEvenWhenForced() {
        assertThat(Door.decide(null, null, false, true)).isEqualTo(new Door.Decision(Door.Result.UNKNOWN, false, false));
    }

    @Test
    void theCurrentSecretOfAConfirmedPersonOnTheListIsLetIn() {
        assertThat(Door.decide(secret(true), ParticipantStatus.CONFIRMED, true, false))
                .isEqualTo(new Door.Decision(Door.Result.OK, true, false));
    }

    @Test
    void aRetiredSecretOrAnEndedRegistrationIsRevokedBeforeTheListIsLookedAt() {
        assertThat(Door.decide(secret(false), ParticipantStatus.CONFIRMED, true, false).result()).isEqualTo(Door.Result.REVOKED);
        assertThat(Door.decide(secret(true), ParticipantStatus.CANCELLED, false, false).result()).isEqualTo(Door.Result.REVOKED);
        assertThat(Door.decide(secret(true), ParticipantStatus.WITHDRAWN, true, false).result()).isEqualTo(Door.Result.REVOKED);
    }

    @Test
    void someoneNotOnTheListIsRefusedUnlessTheScanIsForced() {
        assertThat(Door.decide(secret(true), ParticipantStatus.CONFIRMED, false, false))
                .isEqualTo(new Door.Decision(Door.Result.NOT_ON_LIST, false, false));
        assertThat(Door.decide(secret(true), ParticipantStatus.CONFIRMED, false, true))
                .isEqualTo(new Door.Decision(Door.Result.OK, true, true));
        assertThat(Door.decide(secret(false), ParticipantStatus.CONFIRMED, true, true))
                .isEqualTo(new Door.Decision(Door.Result.OK, true, true));
    }

    static Participant participant(ParticipantStatus status) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.edition = "assises-2030";
        p.status = status;
        return p;
    }

    static CheckInList list(CheckInList.Admits admits) {
        CheckInList l = new CheckInList();
        l.edition = "assises-2030";
        l.admits = admits;
        return l;
    }

    @Test
    void aListAdmitsOnlyConfirmedPeopleOfItsEditionAndItsOwnAudience() {
        Participant p = participant(ParticipantStatus.CONFIRMED);
        assertThat(list(CheckInList.Admits.ALL_CONFIRMED).admits(p)).isTrue();
        assertThat(list(CheckInList.Admits.ALL_CONFIRMED).admits(participant(ParticipantStatus.WAITLISTED))).isFalse();
        Participant elsewhere = participant(ParticipantStatus.CONFIRMED);
        elsewhere.edition = "assises-2032";
        assertThat(list(CheckInList.Admits.ALL_CONFIRMED).admits(elsewhere)).isFalse();

        assertThat(list(CheckInList.Admits.GALA_INVITEES).admits(p)).isFalse();
        p.galaDinner = true;
        assertThat(list(CheckInList.Admits.GALA_INVITEES).admits(p)).isTrue();

        CheckInList visit = list(CheckInList.Admits.SIGN_UPS);
        visit.session = "visit-airbus";
        assertThat(visit.admits(p)).isFalse();
        p.fieldVisit = "visit-airbus";
        assertThat(visit.admits(p)).isTrue();

        CheckInList shuttle = list(CheckInList.Admits.NAMED);
        assertThat(shuttle.admits(p)).isFalse();
        shuttle.members = List.of(p.id);
        assertThat(shuttle.admits(p)).isTrue();
    }

    @Test
    void aCheckCodeDependsOnTheReferenceAndTheKeyAndMatchesOnlyItself() {
        LetterReference refs = new LetterReference("key-one");
        String reference = LetterReference.newReference();
        String code = refs.checkCode(reference);

        assertThat(reference).matches(LetterReference.REFERENCE_PATTERN);
        assertThat(code).matches(LetterReference.CODE_PATTERN).isEqualTo(refs.checkCode(reference));
        assertThat(refs.matches(reference, code)).isTrue();
        assertThat(refs.matches(reference, code.substring(0, 10) + (code.charAt(10) == '0' ? '1' : '0'))).isFalse();
        assertThat(new LetterReference("key-two").checkCode(reference)).isNotEqualTo(code);
        assertThat(refs.checkCode(LetterReference.newReference())).isNotEqualTo(code);
    }

    @Test
    void badgeSecretsAreRandomAndStoredOnlyAsAHash() {
        String one = BadgeSecret.newSecret();
        assertThat(one).hasSize(22).isNotEqualTo(BadgeSecret.newSecret());
        assertThat(BadgeSecret.hash(one)).hasSize(64).doesNotContain(one).isEqualTo(BadgeSecret.hash(one));
    }

    @Test
    void theStandardListsAreEachDaysEntryTheGalaAndEachOpenFieldVisit() {
        CatalogueItem regal = new CatalogueItem();
        regal.code = "visit-regal";
        regal.kind = CatalogueKind.FIELD_VISIT;
        regal.title = new org.assises.platform.persistence.Bilingual("REGAL", "REGAL食品展", null);
        CatalogueItem closed = new CatalogueItem();
        closed.code = "visit-cancelled";
        closed.kind = CatalogueKind.FIELD_VISIT;
        closed.open = false;
        CatalogueItem workshop = new CatalogueItem();
        workshop.code = "workshop-tourism";
        workshop.kind = CatalogueKind.PLENARY_WORKSHOP;

        List<StandardLists.Spec> specs = StandardLists.of(java.time.LocalDate.of(2018, 12, 11), java.time.LocalDate.of(2018, 12, 13),
                List.of(regal, closed, workshop));

        assertThat(specs).extracting(StandardLists.Spec::code)
                .containsExactly("entry-2018-12-11", "entry-2018-12-12", "entry-2018-12-13", "gala", "visit-regal");
        assertThat(specs.get(0).name().fr()).isEqualTo("Entrée du 11 décembre");
        assertThat(specs.get(0).name().zh()).isEqualTo("12月11日入场");
        assertThat(specs.get(4).admits()).isEqualTo(CheckInList.Admits.SIGN_UPS);
        assertThat(specs.get(4).session()).isEqualTo("visit-regal");
    }
}
