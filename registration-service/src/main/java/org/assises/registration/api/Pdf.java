package org.assises.registration.api;

import jakarta.ws.rs.core.Response;

/** The PDF answers of the papers: media type and a file name for the browser. */
final class Pdf {

    static final String MEDIA_TYPE = "application/pdf";

    private Pdf() {
    }

    static Response.ResponseBuilder ok(byte[] pdf, String fileName) {
        return Response.ok(pdf, MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
