package org.assises.registration.api;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * APCAE's whole list for one delegation: members not in it are withdrawn. Members are validated one
 * by one by the service (see {@link DelegationMember}), not here, so that valid ones are kept.
 */
public record DelegationPush(
        @Size(max = 300) String name,
        @NotEmpty(message = "a delegation push needs at least one member") List<DelegationMember> members) {
}
