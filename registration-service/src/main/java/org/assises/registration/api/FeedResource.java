package org.assises.registration.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.registration.service.FeedService;
import org.assises.registration.service.WebhookService;

import io.quarkus.security.identity.SecurityIdentity;

/** APCAE's feed of changes to its delegations' members: read after a cursor, or pushed to webhooks. */
@Path("/api/v1/feed")
@Tag(name = "Feed", description = """
        Every change to an APCAE account's delegation members (status, invitation letter, hotel and nights, VIP
        pickups, shuttle seats), in one order. Organisers see every delegation's.

        **Webhooks** are signed as Standard Webhooks v1: headers `webhook-id` (the delivery id, the same on every
        retry of one entry: use it to ignore a duplicate), `webhook-timestamp` (Unix seconds) and
        `webhook-signature: v1,<base64 HMAC-SHA256>` computed with the secret's bytes (base64 after `whsec_`) over
        `<webhook-id>.<webhook-timestamp>.<raw body>`. Answer 2xx within the timeout (10 s); anything else is retried
        with exponential backoff (10 s doubling up to 1 h) for 3 days, entry after entry in the feed's order, then the
        subscription is parked as FAILED with its last error until a replay. Verification in Java:

        ```java
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        boolean valid = Arrays.stream(signatureHeader.split(" ")).anyMatch(s -> MessageDigest.isEqual(
                s.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII)))
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= 300;
        ```
        """)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.APCAE, Roles.ORGANISER })
public class FeedResource {

    private final FeedService feed;
    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    public FeedResource(FeedService feed, WebhookService webhooks, SecurityIdentity identity) {
        this.feed = feed;
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Read the feed after a cursor", description = "Entries in order after `after` (absent: from the "
            + "first). Store `next` once a page is processed and pass it back: no entry is missed nor read twice.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A malformed or forged cursor, or another account's")
    public FeedPageView read(@QueryParam("after") @Size(max = 100) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return FeedPageView.from(feed.read(Callers.of(identity), after, limit));
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a webhook endpoint", description = "It receives the entries recorded from now on (replay "
            + "for older ones). The answer carries the signing secret: it is shown only here and on rotation.")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret")
    @APIResponse(responseCode = "400", description = "A URL that is not http(s), points at this service or a loopback or "
            + "link-local address; an unknown type")
    public Response create(@Valid @NotNull(message = "a JSON body is required") WebhookRequest request) {
        WebhookService.WithSecret created = webhooks.create(Callers.of(identity), request.url(), request.types());
        return Response.status(201).entity(WebhookView.from(created.subscription(), created.secret())).build();
    }

    @GET
    @Path("/webhooks")
    @Operation(summary = "List the webhook subscriptions (APCAE: its own; organisers: all)")
    @APIResponse(responseCode = "200", description = "The subscriptions, without their secrets")
    public List<WebhookView> list() {
        return webhooks.list(Callers.of(identity)).stream().map(s -> WebhookView.from(s, null)).toList();
    }

    @GET
    @Path("/webhooks/{id}")
    @Operation(summary = "A webhook subscription: status, last error, next attempt")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret")
    @APIResponse(responseCode = "404", description = "No such subscription, or another account's")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.from(webhooks.get(Callers.of(identity), id), null);
    }

    @POST
    @Path("/webhooks/{id}/secret")
    @Operation(summary = "Rotate the signing secret", description = "Deliveries from now on are signed with the new secret, shown only here.")
    @APIResponse(responseCode = "200", description = "The subscription, with its new secret")
    @APIResponse(responseCode = "404", description = "No such subscription, or another account's")
    public WebhookView rotate(@PathParam("id") UUID id) {
        WebhookService.WithSecret rotated = webhooks.rotateSecret(Callers.of(identity), id);
        return WebhookView.from(rotated.subscription(), rotated.secret());
    }

    @POST
    @Path("/webhooks/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver again from a cursor", description = "Delivers the entries after `after` (absent: from the "
            + "first) and reactivates a subscription parked as FAILED.")
    @APIResponse(responseCode = "200", description = "The subscription, active")
    @APIResponse(responseCode = "400", description = "A malformed or forged cursor, or another account's")
    @APIResponse(responseCode = "404", description = "No such subscription, or another account's")
    public WebhookView replay(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") WebhookReplayRequest request) {
        return WebhookView.from(webhooks.replay(Callers.of(identity), id, request.after()), null);
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Operation(summary = "Remove a webhook subscription")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription, or another account's")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(Callers.of(identity), id);
    }
}
