package org.kmslab.ui.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code <kms-chart>} element of {@code frontend/charts.js}: an SVG bar or line chart that is one image for
 * screen readers, named by its label and summed up by its summary; the numbers go in a {@link DataTable} beside it.
 */
@Tag("kms-chart")
class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Chart(String type, String label) {
        getElement().setAttribute("type", type);
        getElement().setAttribute("label", label);
        getElement().setAttribute("animate", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/charts.js");
    }

    /** Draws the series over the labels; {@code summary} is what a screen reader hears for the whole chart. */
    void show(List<String> labels, Map<String, ? extends List<? extends Number>> series, String unit,
            String summary) {
        List<Map<String, Object>> out = new ArrayList<>();
        series.forEach((name, values) -> out.add(Map.of("name", name, "values", values)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("unit", unit);
        data.put("series", out);
        getElement().setAttribute("summary", summary);
        getElement().setAttribute("chart-data", JSON.writeValueAsString(data));
    }
}
