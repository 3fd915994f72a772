-- The W3C trace context (traceparent, tracestate) of the request or event that wrote an outbox row: the
-- relay sends it on as Kafka headers, so the consumers continue the same trace (issue 14). Null when the
-- change happened outside any trace.
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(55);
ALTER TABLE outbox_event ADD COLUMN trace_state VARCHAR(512);
