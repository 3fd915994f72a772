package org.assises.programme.domain;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published version as a client names it: a number (1, 2...) or {@code latest}. Anything else is not
 * a version reference: a 400, never a 404.
 */
@Schema(type = SchemaType.STRING, pattern = "^(latest|[1-9][0-9]*)$", example = "latest")
public record VersionRef(Integer number) {

    public static final VersionRef LATEST = new VersionRef(null);

    /** {@code latest} or a positive number; empty for anything else. */
    public static Optional<VersionRef> parse(String text) {
        if ("latest".equals(text)) {
            return Optional.of(LATEST);
        }
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? Optional.of(new VersionRef(n)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean latest() {
        return number == null;
    }

    @Override
    public String toString() {
        return latest() ? "latest" : number.toString();
    }
}
