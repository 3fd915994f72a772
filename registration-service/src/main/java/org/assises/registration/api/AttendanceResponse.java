package org.assises.registration.api;

import java.util.Map;
import java.util.UUID;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;
import org.assises.registration.service.CheckInService;

/**
 * Attendance at one list: how many may pass (expected), how many did (checkedIn, of whom forced), how
 * many expected are still missing (absent), and the same by side.
 */
public record AttendanceResponse(UUID listId, String code, LocalizedText name, int expected, int checkedIn, int forced, int absent,
        Map<Side, CheckInService.SideCount> bySide) {

    static AttendanceResponse from(CheckInService.Attendance a) {
        return new AttendanceResponse(a.list().id, a.list().code, a.list().name.text(), a.expected(), a.checkedIn(), a.forced(),
                a.absent(), a.bySide());
    }
}
