package org.assises.registration.service;

import java.util.List;

import org.assises.platform.problem.Problem.Violation;
import org.assises.registration.api.DelegationMember;

/**
 * One member of a push as read from JSON or a spreadsheet row; {@code readErrors} are the cells a
 * spreadsheet reader could not read (the member is then rejected with them).
 */
public record MemberInput(DelegationMember member, List<Violation> readErrors) {

    public static MemberInput of(DelegationMember member) {
        return new MemberInput(member, List.of());
    }
}
