package org.liaison.notification;

/**
 * One message a case event calls for: to whom (a deputy's or department's id; none for the resident), with which
 * template, and whether it is urgent (deputies' escalations and urgings may be sent during quiet hours).
 */
public record Planned(Recipient role, Long recipientId, String templateKey, boolean urgent) {
}
