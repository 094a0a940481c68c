package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostMeterTest {

    @Test
    void one_region_is_named_as_list_keys_shows_it_there() {
        assertThat(CostMeter.listed(Map.of("us-east-1", 3))).isEqualTo("3 listed in us-east-1 (as list-keys shows there)");
    }

    @Test
    void several_regions_are_counted_each_as_list_keys_shows_it_and_summed_apart() {
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        perRegion.put("eu-west-1", 2);
        perRegion.put("us-east-1", 3);
        assertThat(CostMeter.listed(perRegion))
                .isEqualTo("5 listed in 2 Regions (list-keys in each Region: eu-west-1 2, us-east-1 3)");
        assertThat(CostMeter.listed(perRegion)).doesNotContain("as list-keys shows");
    }
}
