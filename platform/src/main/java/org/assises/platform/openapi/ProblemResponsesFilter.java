package org.assises.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.assises.platform.problem.Problem;

/**
 * Makes every service's contract tell the truth about errors without repeating it on each method:
 * every operation documents its 400 and 500 problem responses, every operation on a path with a
 * parameter its 404, every operation with a body its 415, and every error response (also the 401/403 that the security scanner adds) has
 * an {@code application/problem+json} body.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ensureSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                APIResponses responses = entry.getValue().getResponses();
                if (responses == null) {
                    continue;
                }
                if (path.getKey().contains("{") && !responses.hasAPIResponse("404")) {
                    responses.addAPIResponse("404", OASFactory.createAPIResponse()
                            .description("No such record (or not the caller's to see)"));
                }
                if (!responses.hasAPIResponse("400")) {
                    responses.addAPIResponse("400", OASFactory.createAPIResponse()
                            .description("Invalid request: malformed JSON or invalid fields, with per-field violations"));
                }
                if (entry.getValue().getRequestBody() != null && !responses.hasAPIResponse("415")) {
                    responses.addAPIResponse("415", OASFactory.createAPIResponse()
                            .description("The body's Content-Type is not one this operation reads"));
                }
                if (!responses.hasAPIResponse("500")) {
                    responses.addAPIResponse("500", OASFactory.createAPIResponse()
                            .description("Unexpected error, with an incident id"));
                }
                responses.getAPIResponses().forEach((code, response) -> withProblemBody(code, response));
            }
        }
    }

    private static void withProblemBody(String code, APIResponse response) {
        if (!code.startsWith("4") && !code.startsWith("5")) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        }
    }

    private static void ensureSchemas(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")
                && components.getSchemas().containsKey("Violation")) {
            return;
        }
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field and why it is refused")
                .addProperty("field", string("Path of the field in the request, e.g. members[2].email"))
                .addProperty("message", string("Why the value is refused"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("Stable identifier of the kind of problem, e.g. urn:assises:problem:validation"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP status"))
                .addProperty("detail", string("What went wrong with this request, for a human"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
        components.addSchema("Violation", violation);
        components.addSchema("Problem", problem);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
