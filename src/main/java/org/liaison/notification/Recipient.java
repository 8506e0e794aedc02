package org.liaison.notification;

/** Who a message is for. */
public enum Recipient {
    RESIDENT, DEPUTY, DEPARTMENT
}
