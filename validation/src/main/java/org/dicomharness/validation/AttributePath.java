package org.dicomharness.validation;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.dict.ElementDictionary;

/**
 * Where an attribute sits in a data set: every sequence and item on the way down, then the attribute, e.g.
 * {@code SharedFunctionalGroupsSequence(5200,9229)[1] > PixelMeasuresSequence(0028,9110)[1] > PixelSpacing(0028,0030)}.
 * Item numbers count from 1. A path may end at an item (a finding about a whole sequence item).
 */
public record AttributePath(List<Segment> segments) {

    /** One attribute on the path; {@code item} is the 1-based item of its sequence the path continues into, or 0. */
    public record Segment(int tag, String keyword, int item) {
    }

    public AttributePath {
        segments = List.copyOf(segments);
    }

    public static AttributePath root() {
        return new AttributePath(List.of());
    }

    public static AttributePath of(int tag) {
        return root().child(tag);
    }

    public AttributePath child(int tag) {
        List<Segment> list = new ArrayList<>(segments);
        list.add(new Segment(tag, keywordOf(tag), 0));
        return new AttributePath(list);
    }

    /** This path with its last attribute entering item {@code item} (1-based). */
    public AttributePath item(int item) {
        if (segments.isEmpty()) {
            throw new IllegalStateException("the root data set has no items");
        }
        List<Segment> list = new ArrayList<>(segments);
        Segment last = list.remove(list.size() - 1);
        list.add(new Segment(last.tag(), last.keyword(), item));
        return new AttributePath(list);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The tag of the last attribute, or -1 for the root. */
    public int tag() {
        return segments.isEmpty() ? -1 : segments.get(segments.size() - 1).tag();
    }

    /** {@code SharedFunctionalGroupsSequence[1]/PixelMeasuresSequence[1]/PixelSpacing}. */
    public String keywords() {
        return join(true, true);
    }

    /** {@code (5200,9229)[1]/(0028,9110)[1]/(0028,0030)}. */
    public String tags() {
        return join(false, true);
    }

    /** The forms waivers match against: keywords and tags, each with and without item numbers. */
    public List<String> matchForms() {
        return List.of(join(true, true), join(true, false), join(false, true), join(false, false));
    }

    private String join(boolean keywords, boolean items) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(keywords && !s.keyword().isEmpty() ? s.keyword() : Tag.format(s.tag()));
            if (items && s.item() > 0) {
                sb.append('[').append(s.item()).append(']');
            }
        }
        return sb.toString();
    }

    /** Keyword, tag and item of every level: {@code PixelMeasuresSequence(0028,9110)[1] > PixelSpacing(0028,0030)}. */
    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "(data set)";
        }
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append(" > ");
            }
            sb.append(s.keyword()).append(Tag.format(s.tag()));
            if (s.item() > 0) {
                sb.append('[').append(s.item()).append(']');
            }
        }
        return sb.toString();
    }

    private static String keywordOf(int tag) {
        return ElementDictionary.standard().keywordOf(tag);
    }
}
