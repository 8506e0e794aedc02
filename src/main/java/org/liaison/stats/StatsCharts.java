package org.liaison.stats;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts drawn on the server for the printable report: no script, no external resource. Two series per
 * chart (received, solved), scaled to the largest value.
 */
final class StatsCharts {

    /** One labelled point of both series. */
    record Point(String label, long received, long solved) {
    }

    private static final int WIDTH = 680;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final String RECEIVED = "#2b6cb0";
    private static final String SOLVED = "#38a169";

    private StatsCharts() {
    }

    /** Grouped bars, one pair per point (a venue). */
    static String bars(List<Point> points, String title) {
        StringBuilder svg = open(title);
        long max = max(points);
        double slot = points.isEmpty() ? 0 : (WIDTH - LEFT - 10) / (double) points.size();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + i * slot;
            double bar = Math.max(2, slot * 0.35);
            rect(svg, x + slot * 0.1, p.received(), max, bar, RECEIVED);
            rect(svg, x + slot * 0.1 + bar, p.solved(), max, bar, SOLVED);
            text(svg, x + slot / 2, HEIGHT - BOTTOM + 14, shorten(p.label()), "middle");
        }
        return close(svg, max);
    }

    /** Two lines over the points in order (months). */
    static String trend(List<Point> points, String title) {
        StringBuilder svg = open(title);
        long max = max(points);
        double step = points.size() <= 1 ? 0 : (WIDTH - LEFT - 50) / (double) (points.size() - 1);
        StringBuilder received = new StringBuilder();
        StringBuilder solved = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + 10 + i * step;
            received.append(fmt(x)).append(',').append(fmt(y(points.get(i).received(), max))).append(' ');
            solved.append(fmt(x)).append(',').append(fmt(y(points.get(i).solved(), max))).append(' ');
            text(svg, x, HEIGHT - BOTTOM + 14, points.get(i).label(), "middle");
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(RECEIVED).append("\" stroke-width=\"2\" points=\"")
                .append(received.toString().trim()).append("\"/>");
        svg.append("<polyline fill=\"none\" stroke=\"").append(SOLVED).append("\" stroke-width=\"2\" points=\"")
                .append(solved.toString().trim()).append("\"/>");
        return close(svg, max);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder("<svg role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\"><title>").append(escape(title))
                .append("</title>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - 5)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#888\"/>");
        return svg;
    }

    private static String close(StringBuilder svg, long max) {
        text(svg, LEFT - 4, 14, Long.toString(max), "end");
        text(svg, LEFT - 4, HEIGHT - BOTTOM, "0", "end");
        return svg.append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, double x, long value, long max, double width, String color) {
        double top = y(value, max);
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(top)).append("\" width=\"").append(fmt(width))
                .append("\" height=\"").append(fmt(HEIGHT - BOTTOM - top)).append("\" fill=\"").append(color).append("\"><title>")
                .append(value).append("</title></rect>");
    }

    private static void text(StringBuilder svg, double x, double y, String text, String anchor) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"10\" text-anchor=\"")
                .append(anchor).append("\">").append(escape(text)).append("</text>");
    }

    private static double y(long value, long max) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - 20) * (max == 0 ? 0 : value / (double) max);
    }

    private static long max(List<Point> points) {
        return points.stream().mapToLong(p -> Math.max(p.received(), p.solved())).max().orElse(0);
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label.replaceAll("\\s+", " ");
        return text.length() > 8 ? text.substring(0, 7) + "…" : text;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
