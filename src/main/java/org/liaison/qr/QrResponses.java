package org.liaison.qr;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** The HTTP side of the QR endpoints, shared by venues and deputies: caching headers, 304s, code views. */
@ApplicationScoped
public class QrResponses {

    /** Images change only with a new revision, which changes the ETag; a day is long enough to spare the server. */
    static final String CACHE_CONTROL = "private, max-age=86400";

    private final PublicCodeService publicCodes;
    private final QrImageService images;

    QrResponses(PublicCodeService publicCodes, QrImageService images) {
        this.publicCodes = publicCodes;
        this.images = images;
    }

    /** The owner's QR image, or 304 when the client's copy (If-None-Match) is current: then nothing is rendered. */
    public Uni<Response> image(OwnerKind kind, long ownerId, String format, String size, Request request) {
        return Uni.createFrom().item(() -> QrImageRequest.of(format, size))
                .chain(wanted -> publicCodes.liveCode(kind, ownerId).chain(code -> {
                    EntityTag tag = new EntityTag(images.etag(code, wanted));
                    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
                    if (notModified != null) {
                        return Uni.createFrom().item(notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
                    }
                    String filename = kind.noun() + "-" + ownerId + "-qr-r" + code.revision + "-" + wanted.size() + "."
                            + wanted.format().name().toLowerCase(Locale.ROOT);
                    return images.render(code, wanted).map(bytes -> Response.ok(bytes, wanted.format().mediaType())
                            .tag(tag)
                            .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                            .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                            .build());
                }));
    }

    public Uni<CodeView> code(OwnerKind kind, long ownerId) {
        return publicCodes.liveCode(kind, ownerId).map(this::view);
    }

    public Uni<CodeView> rotate(OwnerKind kind, long ownerId) {
        return publicCodes.rotate(kind, ownerId).map(this::view);
    }

    private CodeView view(PublicCode code) {
        return CodeView.of(code, publicCodes.url(code));
    }
}
