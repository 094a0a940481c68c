package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Chooses and orders the questions of a new attempt and the order of each question's options, all from one seed, so
 * that the same seed always yields the same attempt.
 */
public final class QuestionPicker {

    private final QuestionBank bank;

    public QuestionPicker(QuestionBank bank) {
        this.bank = bank;
    }

    /** The questions for a selection: the explicit ids in order, or a seeded shuffle of the matching questions. */
    public List<String> pick(Selection selection, long seed) {
        if (!selection.questionIds().isEmpty()) {
            return selection.questionIds().stream().filter(id -> bank.find(id).isPresent()).toList();
        }
        List<String> candidates = new ArrayList<>(bank.questions().stream()
                .filter(selection::matches).map(Question::id).toList());
        Collections.shuffle(candidates, new Random(seed));
        return List.copyOf(candidates.subList(0, Math.min(selection.count(), candidates.size())));
    }

    /** For each question, its options' file indexes in the order to show them. */
    public Map<String, List<Integer>> optionOrders(List<String> questionIds, long seed) {
        Map<String, List<Integer>> orders = new HashMap<>();
        for (String id : questionIds) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, bank.get(id).options().size()).boxed().toList());
            Collections.shuffle(order, new Random(seed ^ id.hashCode()));
            orders.put(id, List.copyOf(order));
        }
        return orders;
    }
}
