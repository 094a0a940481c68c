package org.kmslab.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated question bank, immutable. Questions keep file order; topics follow the course order. */
public final class QuestionBank {

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final List<String> topicOrder;

    public QuestionBank(List<Question> questions, List<String> topicOrder) {
        this.questions = List.copyOf(questions);
        this.byId = this.questions.stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> order = new ArrayList<>(topicOrder);
        this.questions.stream().map(Question::topic).distinct().filter(t -> !order.contains(t)).forEach(order::add);
        order.retainAll(this.questions.stream().map(Question::topic).toList());
        this.topicOrder = List.copyOf(order);
    }

    public List<Question> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Question get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no question " + id));
    }

    /** The topics that have questions, in course order. */
    public List<String> topics() {
        return topicOrder;
    }

    /** The SAA-C03 task statements that have questions, sorted. */
    public List<String> tasks() {
        return questions.stream().map(Question::task).distinct().sorted().toList();
    }

    public List<Integer> domains() {
        return questions.stream().map(Question::domain).distinct().sorted().toList();
    }

    /** Sorts topic names by course order; unknown ones last. */
    public Comparator<String> topicComparator() {
        return Comparator.comparingInt(t -> topicOrder.contains(t) ? topicOrder.indexOf(t) : Integer.MAX_VALUE);
    }
}
