package org.liaison.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The documents of GeoReport v2, field names exactly as the specification spells them. Every field is always
 * written (null as JSON null, an empty element in XML), in the specification's order; datetimes are w3 strings
 * with their offset. Open311Writer renders the same tree as JSON or XML.
 */
public final class Open311Views {

    private Open311Views() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"changeset", "contact", "key_service", "endpoints"})
    @Schema(name = "Open311Discovery", description = "Service discovery: where the GeoReport v2 endpoint is and what it speaks.")
    public record Discovery(
            @JsonProperty("changeset") String changeset,
            @JsonProperty("contact") String contact,
            @JsonProperty("key_service") String keyService,
            @JsonProperty("endpoints") List<Endpoint> endpoints) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"specification", "url", "changeset", "type", "formats"})
    @Schema(name = "Open311Endpoint")
    public record Endpoint(
            @JsonProperty("specification") String specification,
            @JsonProperty("url") String url,
            @JsonProperty("changeset") String changeset,
            @JsonProperty("type") String type,
            @JsonProperty("formats") List<String> formats) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
    @Schema(name = "Open311Service", description = "A category residents can write about.")
    public record Service(
            @JsonProperty("service_code") @Schema(example = "ENVIRONMENT") String serviceCode,
            @JsonProperty("service_name") @Schema(example = "环境卫生") String serviceName,
            @JsonProperty("description") String description,
            @JsonProperty("metadata") boolean metadata,
            @JsonProperty("type") @Schema(example = "realtime") String type,
            @JsonProperty("keywords") @Schema(example = "Environment and sanitation") String keywords,
            @JsonProperty("group") String group) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"service_code", "attributes"})
    @Schema(name = "Open311ServiceDefinition")
    public record ServiceDefinition(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("attributes") List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"})
    @Schema(name = "Open311Attribute")
    public record Attribute(
            @JsonProperty("variable") boolean variable,
            @JsonProperty("code") String code,
            @JsonProperty("datatype") String datatype,
            @JsonProperty("required") boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            @JsonProperty("order") int order,
            @JsonProperty("description") String description,
            @JsonProperty("values") List<AttributeValue> values) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"key", "name"})
    @Schema(name = "Open311AttributeValue")
    public record AttributeValue(@JsonProperty("key") String key, @JsonProperty("name") String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
            "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url"})
    @Schema(name = "Open311ServiceRequest", description = "A case as GeoReport v2 shows it: never anyone's name, phone or e-mail.")
    public record ServiceRequest(
            @JsonProperty("service_request_id") @Schema(example = "7K4M9QXTB") String serviceRequestId,
            @JsonProperty("status") @Schema(enumeration = {"open", "closed"}) String status,
            @JsonProperty("status_notes") @Schema(example = "办理中") String statusNotes,
            @JsonProperty("service_name") @Schema(example = "环境卫生") String serviceName,
            @JsonProperty("service_code") @Schema(example = "ENVIRONMENT") String serviceCode,
            @JsonProperty("description") String description,
            @JsonProperty("agency_responsible") @Schema(example = "王丽") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") @Schema(example = "2026-12-01T16:05:00+08:00") String requestedDatetime,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @JsonProperty("expected_datetime") String expectedDatetime,
            @JsonProperty("address") String address,
            @JsonProperty("address_id") @Schema(example = "7K4M9QXT") String addressId,
            @JsonProperty("zipcode") String zipcode,
            @JsonProperty("lat") Double lat,
            @JsonProperty("long") Double longitude,
            @JsonProperty("media_url") String mediaUrl) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"service_request_id", "service_notice", "account_id"})
    @Schema(name = "Open311CreatedRequest")
    public record CreatedRequest(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"update_id", "service_request_id", "status", "updated_datetime", "description", "media_url",
            "external_status_code"})
    @Schema(name = "Open311RequestUpdate", description = "One public step of a case (the updates extension of FixMyStreet).")
    public record RequestUpdate(
            @JsonProperty("update_id") @Schema(example = "812") String updateId,
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("status") @Schema(enumeration = {"open", "closed"}) String status,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @JsonProperty("description") String description,
            @JsonProperty("media_url") String mediaUrl,
            @JsonProperty("external_status_code") @Schema(example = "ACCEPTED") String externalStatusCode) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"code", "description"})
    @Schema(name = "Open311Error")
    public record Error(
            @JsonProperty("code") @Schema(example = "403") int code,
            @JsonProperty("description") @Schema(example = "api_key is missing or invalid.") String description) {
    }
}
