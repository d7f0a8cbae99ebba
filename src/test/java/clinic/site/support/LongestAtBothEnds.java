package clinic.site.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order in which Maven's test runs hand the test classes to JUnit's two workers (tests.sideBySide in pom.xml):
 * the longest classes first on both workers, the short ones last, where the workers meet.
 *
 * JUnit's fork-join executor queues the classes in this order; the worker that queued them then runs them from the
 * last one back, and the other worker takes them from the first one on. With the long classes first in the order,
 * one worker ran them all at the end, after every short class (a clean-clone run, 2026-11-28: the last 80 s of
 * Failsafe were the long classes one after the other). So the classes with an {@code @Order} (1 = the longest) go to
 * the two ends, alternately: 1 first, 2 last, 3 second, 4 second to last, and so on; the classes without one, in the
 * middle (decision 0039).
 */
public final class LongestAtBothEnds implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        List<ClassDescriptor> ranked = new ArrayList<>();
        List<ClassDescriptor> unranked = new ArrayList<>();
        for (ClassDescriptor c : classes) {
            (c.isAnnotated(Order.class) ? ranked : unranked).add(c);
        }
        ranked.sort(Comparator.comparingInt(c -> c.findAnnotation(Order.class).orElseThrow().value()));
        List<ClassDescriptor> head = new ArrayList<>();
        Deque<ClassDescriptor> tail = new ArrayDeque<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i % 2 == 0) {
                head.add(ranked.get(i));
            } else {
                tail.addFirst(ranked.get(i));
            }
        }
        List<ClassDescriptor> order = new ArrayList<>(head);
        order.addAll(unranked);
        order.addAll(tail);
        Map<ClassDescriptor, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        classes.sort(Comparator.comparingInt(position::get));
    }
}
