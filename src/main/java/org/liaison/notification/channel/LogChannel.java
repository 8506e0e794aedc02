package org.liaison.notification.channel;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Dev and tests: writes each message to the log (the number masked) instead of sending it. */
@ApplicationScoped
public class LogChannel implements NotificationChannel {

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean reachesPhone() {
        return true;
    }

    @Override
    public Uni<Delivery> send(OutgoingMessage message) {
        Log.infof("Notification %s to %s %s (%s, %s): %s", message.messageId(), message.role(), mask(message.phone()),
                message.templateKey(), message.language(), message.text());
        return Uni.createFrom().item(Delivery.sent());
    }

    /** 138****0001: enough to tell numbers apart in a log, not enough to call one. */
    static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "(no phone)";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
