package org.assises.registration.domain;

/** What a catalogue item is; the names are programme-service's session kinds. */
public enum CatalogueKind {
    /** The plenary tourism workshop, which every participant attends. */
    PLENARY_WORKSHOP,
    /** One of the two parallel workshops; each participant picks exactly one. */
    PARALLEL_WORKSHOP,
    /** A field visit on the last day; each participant picks one. */
    FIELD_VISIT;

    /** The kind of a programme session kind, or null when registration does not offer it. */
    public static CatalogueKind fromSessionKind(String kind) {
        for (CatalogueKind k : values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
