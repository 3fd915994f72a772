package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assises.contracts.LocalizedText;

/**
 * The check-in lists every edition needs: the entry of each day, the gala dinner, and each field visit
 * of the catalogue (its sign-ups). Shuttles come from logistics, other lists from organisers.
 */
public final class StandardLists {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日");

    /** One list to create: its code, name, kind, audience, day and session. */
    public record Spec(String code, LocalizedText name, CheckInList.Kind kind, CheckInList.Admits admits, LocalDate day,
            String session) {
    }

    private StandardLists() {
    }

    public static List<Spec> of(LocalDate firstDay, LocalDate lastDay, List<CatalogueItem> catalogue) {
        List<Spec> specs = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            specs.add(new Spec("entry-" + day, new LocalizedText("Entrée du " + day.format(FR), day.format(ZH) + "入场", null),
                    CheckInList.Kind.ENTRY, CheckInList.Admits.ALL_CONFIRMED, day, null));
        }
        specs.add(new Spec("gala", new LocalizedText("Dîner de gala", "晚宴", null), CheckInList.Kind.GALA_DINNER,
                CheckInList.Admits.GALA_INVITEES, null, null));
        catalogue.stream().filter(item -> item.kind == CatalogueKind.FIELD_VISIT && item.open).forEach(visit -> specs.add(
                new Spec(visit.code, new LocalizedText("Visite : " + visit.title.fr, "实地考察：" + visit.title.zh, null),
                        CheckInList.Kind.FIELD_VISIT, CheckInList.Admits.SIGN_UPS, null, visit.code)));
        return specs;
    }
}
