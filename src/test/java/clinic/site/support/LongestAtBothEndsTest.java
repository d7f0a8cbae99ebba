package clinic.site.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

class LongestAtBothEndsTest {

    @Order(1) static class Longest { }
    @Order(2) static class Second { }
    @Order(3) static class Third { }
    @Order(4) static class Fourth { }
    @Order(5) static class Fifth { }
    static class ShortA { }
    static class ShortB { }

    @Test
    void the_long_classes_go_to_both_ends_longest_outermost_and_the_short_ones_to_the_middle() {
        List<ClassDescriptor> classes = new ArrayList<>();
        for (Class<?> c : List.of(ShortA.class, Fifth.class, Second.class, ShortB.class, Longest.class, Fourth.class, Third.class)) {
            classes.add(descriptor(c));
        }
        new LongestAtBothEnds().orderClasses(context(classes));
        // The worker that queued them runs from the last; the other from the first: each starts with a long class.
        assertEquals(List.of("Longest", "Third", "Fifth", "ShortA", "ShortB", "Fourth", "Second"),
                classes.stream().map(c -> c.getTestClass().getSimpleName()).toList());
    }

    static ClassDescriptor descriptor(Class<?> type) {
        return new ClassDescriptor() {
            @Override public Class<?> getTestClass() { return type; }
            @Override public String getDisplayName() { return type.getSimpleName(); }
            @Override public boolean isAnnotated(Class<? extends Annotation> a) { return AnnotationSupport.isAnnotated(type, a); }
            @Override public <A extends Annotation> Optional<A> findAnnotation(Class<A> a) { return AnnotationSupport.findAnnotation(type, a); }
            @Override public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> a) { return AnnotationSupport.findRepeatableAnnotations(type, a); }
        };
    }

    static ClassOrdererContext context(List<ClassDescriptor> classes) {
        return new ClassOrdererContext() {
            @Override public List<? extends ClassDescriptor> getClassDescriptors() { return classes; }
            @Override public Optional<String> getConfigurationParameter(String key) { return Optional.empty(); }
        };
    }
}
