package org.assises.registration.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.registration.domain.FeedMessage;
import org.assises.registration.service.FeedService;

/** A page of the feed and where to read on. */
public record FeedPageView(
        List<FeedMessage> entries,
        @Schema(description = "Pass it as after to read the entries that follow (store it once the page is processed)") String next,
        @Schema(description = "Whether more entries follow right now") boolean more) {

    static FeedPageView from(FeedService.FeedPage page) {
        return new FeedPageView(page.entries(), page.next(), page.more());
    }
}
