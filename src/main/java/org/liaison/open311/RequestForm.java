package org.liaison.open311;

import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of POST requests, read as the specification says (an empty field is an absent one) and checked as
 * far as they can be without the database. Unknown fields and attributes are ignored; e-mail, device_id and
 * account_id are not kept (nothing in Liaison would use them).
 */
record RequestForm(String serviceCode, String addressId, Double latitude, Double longitude, String addressString,
                   String description, String mediaUrl, String name, String phone, boolean anonymous,
                   boolean contactConsent) {

    static final int MAX_MEDIA_URL = 1000;

    @Override
    public String toString() {
        return "RequestForm[serviceCode=" + serviceCode + ", addressId=" + addressId + ", description=***, name=***, phone=***]";
    }

    static RequestForm parse(Map<String, List<String>> form) {
        String serviceCode = field(form, "service_code")
                .orElseThrow(() -> Open311Exception.badRequest("service_code is required (GET services for the codes)"));
        Optional<String> lat = field(form, "lat");
        Optional<String> lon = field(form, "long");
        if (lat.isPresent() != lon.isPresent()) {
            throw Open311Exception.badRequest("lat and long must be sent together");
        }
        Optional<String> addressId = field(form, "address_id");
        Optional<String> addressString = field(form, "address_string");
        if (addressId.isEmpty() && lat.isEmpty()) {
            throw Open311Exception.badRequest(addressString.isPresent()
                    ? "address_string alone cannot be placed at a venue: send address_id (the venue code on its poster) or lat and long"
                    : "a location is required: address_id (the venue code on its poster), or lat and long");
        }
        String description = field(form, "description")
                .orElseThrow(() -> Open311Exception.badRequest("description is required: what the resident wants to tell the deputy"));
        String name = String.join(" ", field(form, "first_name").orElse(""), field(form, "last_name").orElse("")).strip();
        return new RequestForm(serviceCode, addressId.orElse(null),
                lat.map(value -> coordinate("lat", value, 90)).orElse(null),
                lon.map(value -> coordinate("long", value, 180)).orElse(null),
                addressString.orElse(null), description, field(form, "media_url").map(RequestForm::mediaUrl).orElse(null),
                name.isEmpty() ? null : name, field(form, "phone").orElse(null),
                yesNo(form, ServiceCatalog.ANONYMOUS), yesNo(form, ServiceCatalog.CONTACT_CONSENT));
    }

    /** The case text: the description, then where the resident says it is and the media link, so the deputy sees both. */
    String caseText() {
        StringBuilder text = new StringBuilder(description.strip());
        if (addressString != null) {
            text.append("\n\n地点 Location: ").append(addressString);
        }
        if (mediaUrl != null) {
            text.append(addressString == null ? "\n\n" : "\n").append("图片 Media: ").append(mediaUrl);
        }
        return text.toString();
    }

    /** The form body; the specification sends application/x-www-form-urlencoded, so anything else is 400. */
    static Map<String, List<String>> decode(String contentType, String body) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            throw Open311Exception.badRequest("Send the request as application/x-www-form-urlencoded; charset=utf-8");
        }
        try {
            return new HashMap<>(new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters());
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("The form body is not valid application/x-www-form-urlencoded");
        }
    }

    static Optional<String> field(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null ? Optional.empty()
                : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst();
    }

    private static double coordinate(String field, String value, double bound) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && Math.abs(number) <= bound) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw Open311Exception.badRequest(field + " must be a WGS84 " + (bound == 90 ? "latitude from -90 to 90"
                : "longitude from -180 to 180") + " in decimal degrees");
    }

    private static String mediaUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() <= MAX_MEDIA_URL && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw Open311Exception.badRequest("media_url must be an absolute http or https URL of at most " + MAX_MEDIA_URL
                + " characters");
    }

    /** attribute[code]=true|false; absent is false. */
    private static boolean yesNo(Map<String, List<String>> form, String code) {
        Optional<String> value = field(form, "attribute[" + code + "]");
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Open311Exception.badRequest("attribute[" + code + "] must be true or false");
        };
    }
}
