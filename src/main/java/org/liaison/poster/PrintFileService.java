package org.liaison.poster;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.DeputyRepository;
import org.liaison.duty.ContactDayText;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.DutyRepository;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PosterContent;
import org.liaison.qr.PosterService;
import org.liaison.qr.PublicCodeService;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueRepository;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One print file for a district: the venues chosen (a venue with the venues under it, or a region), each with
 * its poster and optionally a scan sheet in front, and deputies' personal posters. The content is read from
 * the database first, exactly as the single SVG poster reads it; the PDF is then drawn on a worker thread
 * and streamed.
 */
@ApplicationScoped
public class PrintFileService {

    /** Which posters a print file holds. */
    public record Selection(Long venueId, boolean includeSubVenues, String region, List<Long> deputyIds, boolean coverPages) {
    }

    private static final int CHUNK = 64 * 1024;

    private final VenueRepository venues;
    private final DutyRepository duties;
    private final DeputyRepository deputies;
    private final PosterService posters;
    private final PublicCodeService publicCodes;
    private final PrintFileConfig config;

    PrintFileService(VenueRepository venues, DutyRepository duties, DeputyRepository deputies, PosterService posters,
                     PublicCodeService publicCodes, PrintFileConfig config) {
        this.venues = venues;
        this.duties = duties;
        this.deputies = deputies;
        this.posters = posters;
        this.publicCodes = publicCodes;
        this.config = config;
    }

    /** The pages of a print file, read from the database; a 400 or 404 problem for a bad selection. */
    @WithSession
    public Uni<List<PrintPage>> pages(Selection selection) {
        if (selection.venueId() == null && blank(selection.region()) && selection.deputyIds().isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("venue", "give venue, region or deputy"));
        }
        return selectedVenues(selection).chain(chosen -> {
            int count = chosen.size() * (selection.coverPages() ? 2 : 1) + selection.deputyIds().size();
            if (count > config.maxPerFile()) {
                return Uni.createFrom().failure(ProblemException.invalid("venue", "the selection holds " + count
                        + " pages, more than the " + config.maxPerFile() + " one file may hold; print it in parts"));
            }
            return Multi.createFrom().iterable(chosen)
                    .onItem().transformToUniAndConcatenate(venue -> venuePages(venue, selection.coverPages()))
                    .collect().in(ArrayList<PrintPage>::new, List::addAll)
                    .chain(pages -> Multi.createFrom().iterable(selection.deputyIds())
                            .onItem().transformToUniAndConcatenate(this::deputyPage)
                            .collect().in(() -> pages, List::add));
        });
    }

    /**
     * The PDF of these pages, drawn on a worker thread and handed on in chunks as PDFBox writes it, so the
     * response streams instead of waiting for a whole copy of the file.
     */
    public Multi<byte[]> pdf(List<PrintPage> pages) {
        return Multi.createFrom().<byte[]>emitter(emitter -> {
            try (OutputStream chunks = new BufferedOutputStream(new OutputStream() {
                @Override
                public void write(int b) {
                    emitter.emit(new byte[]{(byte) b});
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    emitter.emit(Arrays.copyOfRange(bytes, offset, offset + length));
                }
            }, CHUNK)) {
                PosterPdf.write(pages, "扫码联系代表 · Liaison posters", chunks);
            } catch (IOException | RuntimeException e) {
                Log.errorf(e, "Print file of %d pages failed", pages.size());
                emitter.fail(e);
                return;
            }
            emitter.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The venue and, when asked, every active venue under it (depth first: a home, its first station, its points ...). */
    private Uni<List<Venue>> selectedVenues(Selection selection) {
        if (selection.venueId() == null) {
            return blank(selection.region()) ? Uni.createFrom().item(List.of())
                    : venues.list("region = ?1 and active = true", Sort.by("id"), selection.region().strip());
        }
        return venues.findById(selection.venueId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Venue " + selection.venueId()))
                .chain(root -> selection.includeSubVenues() ? withDescendants(root) : Uni.createFrom().item(List.of(root)));
    }

    private Uni<List<Venue>> withDescendants(Venue venue) {
        return venues.children(venue.id).chain(children -> Multi.createFrom().iterable(children)
                .filter(child -> child.active)
                .onItem().transformToUniAndConcatenate(this::withDescendants)
                .collect().in(() -> new ArrayList<>(List.of(venue)), List::addAll));
    }

    private Uni<List<PrintPage>> venuePages(Venue venue, boolean coverPage) {
        Uni<PrintPage.Poster> poster = posters.content(venue.id).map(PrintFileService::poster);
        if (!coverPage) {
            return poster.map(List::of);
        }
        return duties.listWithDeputies(venue.id).chain(rows -> {
            List<PrintPage.Line> lines = rows.stream().filter(DutyRepository.WithDeputy::deputyActive).map(row -> {
                ContactDayText.Words words = ContactDayText.describe(DutyMapper.ruleOf(row.duty()), row.duty().startsAt,
                        row.duty().endsAt);
                return new PrintPage.Line(row.deputyName(), words.zh(), words.en());
            }).toList();
            return poster.map(page -> List.of(new PrintPage.ScanSheet(venue.name, page.label(), venue.address,
                    Optional.ofNullable(venue.openingHours), lines), page));
        });
    }

    private Uni<PrintPage> deputyPage(Long deputyId) {
        return deputies.findById(deputyId).onItem().ifNull().failWith(() -> ProblemException.notFound("Deputy " + deputyId))
                .chain(deputy -> publicCodes.liveCode(OwnerKind.DEPUTY, deputyId).map(code -> new PrintPage.Poster(
                        deputy.name, "人大代表 · People's congress deputy", publicCodes.url(code),
                        ReadableCode.grouped(code.code), Optional.empty(), Optional.empty())));
    }

    private static PrintPage.Poster poster(PosterContent content) {
        return new PrintPage.Poster(content.venueName(), content.kindLabel(), content.url(), content.groupedCode(),
                content.openingHours(), content.nextContactDay());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
