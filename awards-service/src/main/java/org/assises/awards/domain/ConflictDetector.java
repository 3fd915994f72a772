package org.assises.awards.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds potential conflicts of interest from names: a juror's organisation that is one of the
 * application's two local governments, a partnership of the juror's organisation with one of them,
 * or the same French région / Chinese province. Names are compared without accents, case, spaces or
 * punctuation, in French or in Chinese characters, one containing the other; an organiser confirms or
 * dismisses what it finds.
 */
public final class ConflictDetector {

    /** What detection knows of a juror: their organisation, its région or province, its partners. */
    public record JurorProfile(UUID id, String organisation, String region, List<String> partnerships) {
    }

    /** What detection knows of an application: both local governments (names in both languages) and where they are. */
    public record Partnership(UUID applicationId, List<String> frenchNames, String frenchRegion, List<String> chineseNames,
            String chineseProvince) {
    }

    /** A potential conflict with the reason an organiser reads. */
    public record Found(UUID jurorId, UUID applicationId, ConflictType type, String reason) {
    }

    private ConflictDetector() {
    }

    /** At most one finding per juror and application: the most direct reason. */
    public static List<Found> detect(List<JurorProfile> jurors, List<Partnership> applications) {
        List<Found> found = new ArrayList<>();
        for (Partnership app : applications) {
            List<String> governments = new ArrayList<>(app.frenchNames());
            governments.addAll(app.chineseNames());
            for (JurorProfile juror : jurors) {
                String government = matching(juror.organisation(), governments);
                if (government != null) {
                    found.add(new Found(juror.id(), app.applicationId(), ConflictType.OWN_GOVERNMENT,
                            "the juror's organisation '" + juror.organisation() + "' is '" + government + "'"));
                    continue;
                }
                String partner = juror.partnerships().stream().filter(p -> matching(p, governments) != null).findFirst().orElse(null);
                if (partner != null) {
                    found.add(new Found(juror.id(), app.applicationId(), ConflictType.PARTNER,
                            "the juror's organisation is a partner of '" + partner + "'"));
                    continue;
                }
                String region = matching(juror.region(), List.of(app.frenchRegion(), app.chineseProvince()));
                if (region != null) {
                    found.add(new Found(juror.id(), app.applicationId(), ConflictType.SAME_REGION,
                            "the juror's organisation is in '" + region + "' too"));
                }
            }
        }
        return found;
    }

    /** The first of {@code names} that is the same as {@code name} (or contains it, or is contained in it). */
    static String matching(String name, List<String> names) {
        String key = normalise(name);
        if (key.length() < 2) {
            return null;
        }
        for (String candidate : names) {
            String other = normalise(candidate);
            if (other.length() >= 2 && (other.contains(key) || key.contains(other))) {
                return candidate;
            }
        }
        return null;
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
