package org.dicomharness.validation.sr;

import java.util.List;

/**
 * A template row with INCLUDE rows replaced by the included template's rows, and the rows nested under it.
 *
 * @param row         the template row
 * @param mandatory   whether the row must be present, considering the includes it came through
 * @param vmMin       least number of content items, considering the includes
 * @param vmMax       most, considering the includes (an include of 1-n makes its top rows 1-n)
 * @param children    rows nested one level below
 */
public record TemplateNode(TemplateRow row, boolean mandatory, int vmMin, int vmMax, List<TemplateNode> children) {

    public TemplateNode {
        children = List.copyOf(children);
    }
}
