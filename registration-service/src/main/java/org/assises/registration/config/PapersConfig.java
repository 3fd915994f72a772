package org.assises.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the papers and the door ({@code assises.registration.papers.*}). */
@ConfigMapping(prefix = "assises.registration.papers")
public interface PapersConfig {

    /** The development key of the letters' check codes, known to anyone who reads this code. */
    String DEV_LETTER_CHECK_KEY = "dev-only-letter-check-key-not-for-production";

    /**
     * Key of the HMAC that derives a letter's check code from its reference. The default is for
     * development and tests only: production sets its own (ASSISES_REGISTRATION_PAPERS_LETTER_CHECK_KEY),
     * or letters verify against a publicly known key.
     */
    @WithDefault(DEV_LETTER_CHECK_KEY)
    String letterCheckKey();

    /** Public base URL of registration-service, printed in the letters' QR codes for the verification. */
    @WithDefault("http://localhost:8081")
    String publicUrl();

    /** Most letters or badges one request may print. */
    @WithDefault("1000")
    int maxPrintRun();
}
