package org.assises.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method (or class) anyone may call and that costs the service something (an anonymous
 * write, a verification): each client address may call it at most {@code assises.rate-limit.<name>.requests}
 * times per {@code assises.rate-limit.<name>.per}; beyond, a 429 problem with Retry-After.
 * The method should declare the 429 response in its contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The limit's name in the configuration, e.g. {@code anonymous-write} or {@code verification}. */
    String value();
}
