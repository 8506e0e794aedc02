package org.liaison.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.liaison.notification.NotifyConfig;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The channels NOTIFY_CHANNELS enables, in its order. A message to a phone goes out over one channel only: the first
 * enabled one that reaches phones (so "tencent-sms,webhook" sends SMS through Tencent, never twice). An unknown name
 * stops the start, so a typo cannot silence every notification.
 */
@ApplicationScoped
public class Channels {

    private final Map<String, NotificationChannel> enabled = new LinkedHashMap<>();

    Channels(NotifyConfig config, Instance<NotificationChannel> all) {
        Map<String, NotificationChannel> known = all.stream()
                .collect(Collectors.toMap(NotificationChannel::name, channel -> channel));
        for (String name : names(config.channels())) {
            NotificationChannel channel = known.get(name);
            if (channel == null) {
                throw new IllegalStateException("NOTIFY_CHANNELS names an unknown channel '" + name + "'; known: "
                        + String.join(", ", known.keySet().stream().sorted().toList()));
            }
            enabled.put(name, channel);
        }
    }

    /** The names in a NOTIFY_CHANNELS value, trimmed, lower-cased, without blanks. */
    public static List<String> names(String value) {
        return Arrays.stream(value == null ? new String[0] : value.split(","))
                .map(String::trim).map(String::toLowerCase).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** The channel that carries messages to phone numbers, if any is enabled. */
    public Optional<NotificationChannel> phoneChannel() {
        return enabled.values().stream().filter(NotificationChannel::reachesPhone).findFirst();
    }

    public Optional<NotificationChannel> byName(String name) {
        return Optional.ofNullable(enabled.get(name));
    }

    public boolean isEnabled(String name) {
        return enabled.containsKey(name);
    }
}
