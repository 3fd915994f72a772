package org.assises.registration.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assises.platform.problem.Problem.Violation;

/**
 * The workshops and field visits of one edition and the choice rule: every plenary workshop, exactly
 * one parallel workshop, one field visit, all from the catalogue. Places are held by confirmed
 * participants only; built under the edition's seat lock when places change.
 */
public final class Catalogue {

    private final Map<String, CatalogueItem> items = new LinkedHashMap<>();

    public Catalogue(List<CatalogueItem> items) {
        items.forEach(item -> this.items.put(item.code, item));
    }

    /**
     * Checks the shape of a choice against the catalogue; {@code prefix} is prepended to field names
     * (e.g. {@code members[3].}).
     *
     * @param required whether the participant must choose (self-registration) or may choose later
     */
    public List<Violation> check(String prefix, List<String> workshops, String fieldVisit, boolean required) {
        List<Violation> violations = new ArrayList<>();
        List<String> chosen = workshops == null ? List.of() : workshops;
        if (chosen.isEmpty()) {
            if (required) {
                violations.add(new Violation(prefix + "workshops", "choose the plenary workshop and one parallel workshop: "
                        + codes(CatalogueKind.PLENARY_WORKSHOP) + " and one of " + codes(CatalogueKind.PARALLEL_WORKSHOP)));
            }
        } else {
            Set<String> seen = new HashSet<>();
            int parallel = 0;
            for (int i = 0; i < chosen.size(); i++) {
                String code = chosen.get(i);
                CatalogueItem item = code == null ? null : items.get(code);
                if (item == null || item.kind == CatalogueKind.FIELD_VISIT) {
                    violations.add(new Violation(prefix + "workshops[" + i + "]", "unknown workshop " + code + "; workshops are "
                            + codes(CatalogueKind.PLENARY_WORKSHOP) + " and " + codes(CatalogueKind.PARALLEL_WORKSHOP)));
                } else if (!seen.add(code)) {
                    violations.add(new Violation(prefix + "workshops[" + i + "]", "workshop " + code + " is chosen twice"));
                } else if (item.kind == CatalogueKind.PARALLEL_WORKSHOP) {
                    parallel++;
                }
            }
            for (String plenary : codes(CatalogueKind.PLENARY_WORKSHOP)) {
                if (!seen.contains(plenary)) {
                    violations.add(new Violation(prefix + "workshops", "the plenary workshop " + plenary + " is for everyone: include it"));
                }
            }
            if (parallel != 1 && !codes(CatalogueKind.PARALLEL_WORKSHOP).isEmpty()) {
                violations.add(new Violation(prefix + "workshops", "choose exactly one parallel workshop of "
                        + codes(CatalogueKind.PARALLEL_WORKSHOP)));
            }
        }
        if (fieldVisit == null) {
            if (required) {
                violations.add(new Violation(prefix + "fieldVisit", "choose one field visit of " + codes(CatalogueKind.FIELD_VISIT)));
            }
        } else {
            CatalogueItem visit = items.get(fieldVisit);
            if (visit == null || visit.kind != CatalogueKind.FIELD_VISIT) {
                violations.add(new Violation(prefix + "fieldVisit", "unknown field visit " + fieldVisit + "; visits are "
                        + codes(CatalogueKind.FIELD_VISIT)));
            }
        }
        return violations;
    }

    /** The first chosen item that is full or closed, if any. */
    public Optional<CatalogueItem> firstUnavailable(List<String> codes) {
        return codes.stream().map(items::get).filter(item -> item != null && !item.hasRoom()).findFirst();
    }

    /** Codes of the open items of the same kind that still have room. */
    public List<String> alternatives(CatalogueItem unavailable) {
        return items.values().stream().filter(i -> i.kind == unavailable.kind && i.hasRoom()).map(i -> i.code).toList();
    }

    /** Takes one place of each chosen item; call only after {@link #firstUnavailable} found none. */
    public void take(List<String> codes) {
        codes.stream().map(items::get).filter(i -> i != null).forEach(i -> i.taken++);
    }

    /** Gives back the places a confirmed participant held. */
    public void release(List<String> codes) {
        codes.stream().map(items::get).filter(i -> i != null).forEach(i -> i.taken = Math.max(0, i.taken - 1));
    }

    public Optional<CatalogueItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    private List<String> codes(CatalogueKind kind) {
        return items.values().stream().filter(i -> i.kind == kind).map(i -> i.code).toList();
    }
}
