package org.kmslab.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain HTML table with a caption and column headers; every cell is set as text, never as HTML. */
@Tag("table")
class DataTable extends Component {

    DataTable(String caption, List<String> headers, List<List<String>> rows) {
        getElement().getClassList().add("kmslab-data-table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td").setText(row.get(i));
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                }
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }
}
