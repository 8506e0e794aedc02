package org.liaison.routing;

import org.liaison.venue.VenueKind;

import java.util.List;
import java.util.stream.Collectors;

/** The reasons residents read, in Chinese and English; one instance per decision. */
final class RoutingReasons {

    record Reason(String zh, String en) {
    }

    private final int topicSlack;
    private String prefixZh = "";
    private String prefixEn = "";

    RoutingReasons(int topicSlack) {
        this.topicSlack = topicSlack;
    }

    String personalZh(DeputyCandidate deputy) {
        return "居民通过" + deputy.displayName() + "代表的个人二维码直接联系";
    }

    String personalEn(DeputyCandidate deputy) {
        return "the resident contacted " + deputy.displayName() + " through the deputy's personal code";
    }

    /** The deputy of the personal code cannot take the case: say so before the rule that did decide. */
    void personalUnavailable(DeputyCandidate deputy) {
        prefixZh = deputy.displayName() + "代表暂不能接单；";
        prefixEn = deputy.displayName() + " is not available; ";
    }

    Reason chosen(DeputyCandidate chosen, RoutingVenue venue, List<DeputyCandidate> pool, boolean onDuty,
                  List<RoutingVenue> emptyVenues) {
        String name = chosen.displayName();
        int size = pool.size();
        int leastOpen = pool.stream().mapToInt(DeputyCandidate::openCases).min().orElseThrow();
        boolean byTopic = chosen.openCases() > leastOpen;
        String zh;
        String en;
        if (onDuty) {
            zh = name + "代表今天在" + venue.name() + "值班" + (size == 1 ? ""
                    : byTopic ? "，关注此类事项，从当天值班的" + size + "位代表中选出"
                    : "，是当天值班的" + size + "位代表中待办最少的");
            en = name + " is on duty today at " + venue.name() + (size == 1 ? ""
                    : byTopic ? ", focuses on this kind of matter, chosen among " + size + " deputies on duty"
                    : ", the least loaded of " + size + " deputies on duty");
        } else if (size == 1) {
            zh = name + "代表是" + venue.name() + "唯一可接单的代表";
            en = name + " is the only available deputy at " + venue.name();
        } else if (byTopic) {
            zh = name + "代表关注此类事项，待办比最少者多不超过" + topicSlack + "件，从" + venue.name() + "的" + size + "位代表中选出";
            en = name + " focuses on this kind of matter (at most " + topicSlack + " more open cases than the least"
                    + " loaded), chosen among " + size + " deputies at " + venue.name();
        } else {
            zh = name + "代表是" + venue.name() + size + "位代表中待办最少的";
            en = name + " is the least loaded of " + size + " deputies at " + venue.name();
        }
        if (!emptyVenues.isEmpty()) {
            zh = namesZh(emptyVenues) + "暂无可接单的代表，已转至上级" + venue.name() + "：" + zh;
            en = "escalated to parent " + kindEn(venue.kind()) + " " + venue.name() + ": no deputy available at "
                    + namesEn(emptyVenues) + "; " + en;
        }
        return new Reason(prefixZh + zh, prefixEn + en);
    }

    Reason adminQueue(List<RoutingVenue> emptyVenues) {
        String zh = (emptyVenues.isEmpty() ? "" : namesZh(emptyVenues)) + "暂无可接单的代表，已转交人大工作人员处理";
        String en = "no deputy available" + (emptyVenues.isEmpty() ? "" : " at " + namesEn(emptyVenues))
                + ": sent to the administrators' queue";
        return new Reason(prefixZh + zh, prefixEn + en);
    }

    private static String namesZh(List<RoutingVenue> venues) {
        return venues.stream().map(RoutingVenue::name).collect(Collectors.joining("、"));
    }

    private static String namesEn(List<RoutingVenue> venues) {
        return venues.stream().map(RoutingVenue::name).collect(Collectors.joining(", "));
    }

    private static String kindEn(VenueKind kind) {
        return switch (kind) {
            case HOME -> "deputy home";
            case STATION -> "station";
            case POINT -> "contact point";
        };
    }
}
