package org.assises.programme.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.assises.contracts.LocalizedText;
import org.assises.programme.api.PublishedProgramme.PublishedIntervention;
import org.assises.programme.api.PublishedProgramme.PublishedSession;

/** What changed between two published versions. */
public record Changelog(String edition, int from, int to, Changes<SessionChange> sessions, Changes<InterventionChange> interventions) {

    /** Added, removed and changed items. */
    public record Changes<T>(List<T> added, List<T> removed, List<T> changed) {
    }

    /** A session added, removed or changed; {@code fields} lists what changed. */
    public record SessionChange(UUID id, String code, LocalizedText title, List<String> fields) {
    }

    /** A talk added, removed or changed; {@code fields} lists what changed. */
    public record InterventionChange(UUID id, String sessionCode, LocalizedText title, String speaker, List<String> fields) {
    }

    private static final Map<String, Function<PublishedSession, Object>> SESSION_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<PublishedIntervention, Object>> INTERVENTION_FIELDS = new LinkedHashMap<>();

    static {
        SESSION_FIELDS.put("kind", PublishedSession::kind);
        SESSION_FIELDS.put("title", PublishedSession::title);
        SESSION_FIELDS.put("description", PublishedSession::description);
        SESSION_FIELDS.put("theme", PublishedSession::theme);
        SESSION_FIELDS.put("status", PublishedSession::status);
        SESSION_FIELDS.put("start", s -> s.start().toInstant());
        SESSION_FIELDS.put("end", s -> s.end().toInstant());
        SESSION_FIELDS.put("venue", s -> s.venue() == null ? null : s.venue().id());
        SESSION_FIELDS.put("room", s -> s.room() == null ? null : s.room().id());
        SESSION_FIELDS.put("capacity", PublishedSession::capacity);
        SESSION_FIELDS.put("audience", PublishedSession::audience);
        SESSION_FIELDS.put("coChairs", PublishedSession::coChairs);
        INTERVENTION_FIELDS.put("position", PublishedIntervention::position);
        INTERVENTION_FIELDS.put("title", PublishedIntervention::title);
        INTERVENTION_FIELDS.put("durationMinutes", PublishedIntervention::durationMinutes);
        INTERVENTION_FIELDS.put("status", PublishedIntervention::status);
        INTERVENTION_FIELDS.put("speaker", i -> i.speaker().id());
    }

    /** The differences from {@code older} to {@code newer}, sessions and talks matched by id. */
    public static Changelog between(PublishedProgramme older, PublishedProgramme newer) {
        Map<UUID, PublishedSession> before = bySessionId(older);
        Map<UUID, PublishedSession> after = bySessionId(newer);
        Map<UUID, Talk> talksBefore = talks(older);
        Map<UUID, Talk> talksAfter = talks(newer);

        Changes<SessionChange> sessions = new Changes<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        after.forEach((id, s) -> {
            PublishedSession old = before.get(id);
            if (old == null) {
                sessions.added().add(new SessionChange(id, s.code(), s.title(), List.of()));
            } else {
                List<String> fields = differing(SESSION_FIELDS, old, s);
                if (!fields.isEmpty()) {
                    sessions.changed().add(new SessionChange(id, s.code(), s.title(), fields));
                }
            }
        });
        before.forEach((id, s) -> {
            if (!after.containsKey(id)) {
                sessions.removed().add(new SessionChange(id, s.code(), s.title(), List.of()));
            }
        });

        Changes<InterventionChange> interventions = new Changes<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        talksAfter.forEach((id, t) -> {
            Talk old = talksBefore.get(id);
            if (old == null) {
                interventions.added().add(t.change(List.of()));
            } else {
                List<String> fields = new ArrayList<>(differing(INTERVENTION_FIELDS, old.talk(), t.talk()));
                if (!old.sessionCode().equals(t.sessionCode())) {
                    fields.add(0, "session");
                }
                if (!fields.isEmpty()) {
                    interventions.changed().add(t.change(fields));
                }
            }
        });
        talksBefore.forEach((id, t) -> {
            if (!talksAfter.containsKey(id)) {
                interventions.removed().add(t.change(List.of()));
            }
        });
        return new Changelog(newer.edition(), older.version(), newer.version(), sessions, interventions);
    }

    private static <T> List<String> differing(Map<String, Function<T, Object>> fields, T a, T b) {
        List<String> changed = new ArrayList<>();
        fields.forEach((name, get) -> {
            if (!Objects.equals(get.apply(a), get.apply(b))) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static Map<UUID, PublishedSession> bySessionId(PublishedProgramme p) {
        Map<UUID, PublishedSession> map = new LinkedHashMap<>();
        p.sessions().forEach(s -> map.put(s.id(), s));
        return map;
    }

    private static Map<UUID, Talk> talks(PublishedProgramme p) {
        Map<UUID, Talk> map = new LinkedHashMap<>();
        p.sessions().forEach(s -> s.interventions().forEach(i -> map.put(i.id(), new Talk(s.code(), i))));
        return map;
    }

    private record Talk(String sessionCode, PublishedIntervention talk) {
        InterventionChange change(List<String> fields) {
            return new InterventionChange(talk.id(), sessionCode, talk.title(), talk.speaker().nameLatin(), fields);
        }
    }
}
