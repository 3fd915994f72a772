package org.assises.logistics.service;

/** The outcome of a create-or-replace by code: the record, and whether it is new. */
public record Upserted<T>(T value, boolean created) {
}
