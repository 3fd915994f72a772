package org.assises.registration.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A visible mark on a badge for people the door and the staff must recognise, with its bilingual label. */
public enum BadgeMark {
    VIP("VIP", "贵宾"),
    SPEAKER("INTERVENANT", "发言人"),
    PRESS("PRESSE", "媒体"),
    ORGANISER("ORGANISATION", "组委会");

    public final String labelFr;
    public final String labelZh;

    BadgeMark(String labelFr, String labelZh) {
        this.labelFr = labelFr;
        this.labelZh = labelZh;
    }

    /**
     * The marks a participant's badge shows: VIP and press follow the registration (VIP flag, press
     * category); speaker and organiser are what organisers set on the badge.
     */
    public static List<BadgeMark> of(Participant p, Set<BadgeMark> set) {
        EnumSet<BadgeMark> marks = EnumSet.noneOf(BadgeMark.class);
        marks.addAll(set);
        if (p.vip) {
            marks.add(VIP);
        }
        if (p.category == Category.PRESS) {
            marks.add(PRESS);
        }
        return List.copyOf(marks);
    }
}
