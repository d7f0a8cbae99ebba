package clinic.site.protocol;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import clinic.site.model.Messages;
import clinic.site.validation.DataFiles;

/**
 * The clinic's own protocol (doses, times, thresholds, who is treated and who is not), from data/clinic-protocol.yaml:
 * the one place these values live, like the clinic facts in jbake.properties. Each top-level key is one entry:
 *
 *   observation_minutes:              a value: {protocol_observation_minutes} in AsciiDoc,
 *     about: what it is, for editors          config.protocol_observation_minutes in templates
 *     example: true                   until the medical director confirms it (the public build refuses examples)
 *     value: "120"
 *   contraindications_absolute:       a list in two voices: protocol::contraindications_absolute[voice=patients]
 *     about: ...
 *     example: true
 *     items:
 *       - patients: You are pregnant or could be pregnant
 *         physicians: Pregnancy
 *
 * The file is read as YAML nodes (not as plain maps) so that every problem can name its line.
 */
public final class ClinicProtocol {

    /** Where the file lives in the project. */
    public static final String FILE = "data/clinic-protocol.yaml";
    /** The voices a list entry is written in. */
    public static final List<String> VOICES = List.of("patients", "physicians");

    /**
     * One entry: a value (items null) or a list (value null); line is where its key stands in the file. A value may
     * also be written in other languages, `translations` by language ("es" from a field value_es), for pages in them;
     * a list item in another language has a field per voice (patients_es, physicians_es).
     */
    public record Entry(String key, int line, String about, boolean example, String value,
            List<Map<String, String>> items, Map<String, String> translations) {
    }

    /** A value's field in another language: value_es for Spanish (the first part of a language tag). */
    private static final Pattern TRANSLATED_VALUE = Pattern.compile("value_([a-z]{2,3})");
    /** A list item's voice in another language: patients_es, physicians_es. */
    private static final Pattern TRANSLATED_VOICE = Pattern.compile("(patients|physicians)_([a-z]{2,3})");

    private static final Map<Path, Loaded> CACHE = new ConcurrentHashMap<>();

    private record Loaded(long modified, long size, ClinicProtocol protocol) {
    }

    private final Map<String, Entry> entries;
    private final List<String> problems;

    private ClinicProtocol(Map<String, Entry> entries, List<String> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    /** The project's protocol; empty (no entries, no problems) when the project has no such file. */
    public static ClinicProtocol load(Path project) {
        Path file = project.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return new ClinicProtocol(Map.of(), List.of());
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Loaded kept = CACHE.get(file);
            if (kept != null && kept.modified() == modified && kept.size() == size) {
                return kept.protocol();
            }
            ClinicProtocol protocol = parse(file);
            CACHE.put(file, new Loaded(modified, size, protocol));
            return protocol;
        } catch (IOException e) {
            return new ClinicProtocol(Map.of(), List.of(FILE + ": cannot be read (" + e.getMessage() + ")."));
        }
    }

    private static ClinicProtocol parse(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.add(FILE + ":" + DataFiles.line(e) + ": " + DataFiles.notValid(e));
            return new ClinicProtocol(Map.of(), problems);
        }
        if (root == null) {
            return new ClinicProtocol(Map.of(), List.of());
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(FILE + ":1: the file must be a list of entries, each 'name:' followed by its fields.");
            return new ClinicProtocol(Map.of(), problems);
        }
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            int line = tuple.getKeyNode().getStartMark().getLine() + 1;
            String where = FILE + ":" + line + ": entry '" + key + "': ";
            if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
                problems.add(where + "use a name of lower-case letters, digits and _ (for example observation_minutes).");
                continue;
            }
            if (!(tuple.getValueNode() instanceof MappingNode fields)) {
                problems.add(where + "give it the fields about, example and value (or items).");
                continue;
            }
            Map<String, Node> byName = new LinkedHashMap<>();
            Map<String, String> translations = new TreeMap<>();
            for (NodeTuple f : fields.getValue()) {
                String name = scalar(f.getKeyNode());
                int fieldLine = f.getKeyNode().getStartMark().getLine() + 1;
                Matcher translated = TRANSLATED_VALUE.matcher(name == null ? "" : name);
                if (translated.matches()) {
                    String text = scalar(f.getValueNode());
                    if (text == null || text.isBlank()) {
                        problems.add(FILE + ":" + fieldLine + ": entry '" + key + "': field '" + name + "' is empty.");
                    } else {
                        translations.put(translated.group(1), text);
                    }
                    continue;
                }
                if (!List.of("about", "example", "value", "items").contains(name)) {
                    problems.add(FILE + ":" + fieldLine + ": entry '" + key + "': unknown field '" + name
                            + "'. Use about, example, value or items (and value_es for the value in Spanish).");
                    continue;
                }
                byName.put(name, f.getValueNode());
            }
            String about = scalar(byName.get("about"));
            if (about == null || about.isBlank()) {
                problems.add(where + "field 'about' is missing: say in one line what the value is, for editors.");
            }
            String example = scalar(byName.get("example"));
            if (example != null && !List.of("true", "false").contains(example)) {
                problems.add(where + "field 'example' is '" + example + "'; use true (not yet confirmed) or remove the line.");
            }
            String value = byName.containsKey("value") ? scalar(byName.get("value")) : null;
            List<Map<String, String>> items = null;
            if (byName.containsKey("value") == byName.containsKey("items")) {
                problems.add(where + "give it either 'value' (one value) or 'items' (a list), not both or neither.");
            } else if (byName.containsKey("value") && (value == null || value.isBlank())) {
                problems.add(where + "field 'value' is empty.");
            } else if (byName.containsKey("items")) {
                items = items(key, byName.get("items"), problems);
            }
            if (!translations.isEmpty() && !byName.containsKey("value")) {
                problems.add(where + "a list has no value to translate: write patients_es and physicians_es in each"
                        + " item instead of value_" + translations.keySet().iterator().next() + ".");
            }
            entries.put(key, new Entry(key, line, about, "true".equals(example), value, items,
                    Map.copyOf(translations)));
        }
        return new ClinicProtocol(withReferences(entries, problems), problems);
    }

    /** A value used inside another: {protocol_fasting_clear_fluids_hours}, as pages write it. */
    private static final Pattern REFERENCE = Pattern.compile("\\{protocol_([a-z][a-z0-9_]*)\\}");

    /**
     * The entries with every {protocol_x} inside a value (or a value in another language) replaced by x's value, so
     * that a number stated in two entries is typed once and a change to it reaches both (final read S12, F-16).
     * AsciiDoc puts a value into a page once and does not look inside it again, so this is done here. Only a value
     * without letters (a number, "2", "160/100") may be used so: it reads the same in every language, and it holds no
     * reference itself. Anything else is named as a problem on the using entry's line. A list item needs none of
     * this: the protocol:: macro gives its words to AsciiDoc, which fills in any value, in words too.
     */
    static Map<String, Entry> withReferences(Map<String, Entry> entries, List<String> problems) {
        Map<String, Entry> resolved = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            UnaryOperator<String> fill = text -> {
                if (text == null) {
                    return null;
                }
                Matcher m = REFERENCE.matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    Entry used = entries.get(m.group(1));
                    String replacement = m.group();
                    if (used == null || used.value() == null) {
                        problems.add(FILE + ":" + e.line() + ": entry '" + e.key() + "' uses " + m.group()
                                + ", but there is no entry '" + m.group(1) + "' with a value. Check the name.");
                    } else if (!used.value().matches("[^\\p{L}]*")) {
                        problems.add(FILE + ":" + e.line() + ": entry '" + e.key() + "' uses " + m.group()
                                + ", but only a number may be used inside another value, and '"
                                + used.value() + "' has words. Write the words here instead.");
                    } else {
                        replacement = used.value();
                    }
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                }
                return m.appendTail(out).toString();
            };
            Map<String, String> translations = new TreeMap<>();
            e.translations().forEach((language, text) -> translations.put(language, fill.apply(text)));
            resolved.put(e.key(), new Entry(e.key(), e.line(), e.about(), e.example(), fill.apply(e.value()),
                    e.items(), Map.copyOf(translations)));
        }
        return resolved;
    }

    private static List<Map<String, String>> items(String key, Node node, List<String> problems) {
        List<Map<String, String>> items = new ArrayList<>();
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.add(FILE + ":" + (node.getStartMark().getLine() + 1) + ": entry '" + key
                    + "': 'items' must be a list, each item starting with '- patients:' and a 'physicians:' line.");
            return items;
        }
        for (Node itemNode : list.getValue()) {
            int line = itemNode.getStartMark().getLine() + 1;
            Map<String, String> item = new LinkedHashMap<>();
            Map<String, String> translated = new LinkedHashMap<>(); // patients_es and the like
            if (itemNode instanceof MappingNode itemMap) {
                for (NodeTuple t : itemMap.getValue()) {
                    String name = scalar(t.getKeyNode());
                    (name != null && TRANSLATED_VOICE.matcher(name).matches() ? translated : item)
                            .put(name, scalar(t.getValueNode()));
                }
            }
            if (!item.keySet().equals(new java.util.HashSet<>(VOICES))
                    || item.values().stream().anyMatch(v -> v == null || v.isBlank())
                    || translated.values().stream().anyMatch(v -> v == null || v.isBlank())) {
                problems.add(FILE + ":" + line + ": entry '" + key
                        + "': each item needs exactly two lines, 'patients:' (plain words) and 'physicians:'"
                        + " (clinical words)" + (translated.isEmpty() ? "."
                                : ", and words after each line in another language (patients_es:)."));
                continue;
            }
            item.putAll(translated);
            items.add(item);
        }
        return items;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** Problems with the file, each "data/clinic-protocol.yaml:LINE: ..."; empty when it can be used. */
    public List<String> problems() {
        return problems;
    }

    /** The entry of this name, or null. */
    public Entry entry(String key) {
        return entries.get(key);
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * A number of minutes as a reader says it, in the words of `messages` (duration.*): "2 hours", "1 hour", "1 and a
     * half hours", "half an hour", "45 minutes"; in Spanish "2 horas", "media hora".
     */
    static String asHours(int minutes, Messages messages) {
        int hours = minutes / 60;
        return switch (minutes % 60) {
            case 0 -> hours == 1 ? messages.plain("duration.hour", Map.of())
                    : messages.plain("duration.hours", Map.of("n", String.valueOf(hours)));
            case 30 -> hours == 0 ? messages.plain("duration.half_hour", Map.of())
                    : hours == 1 ? messages.plain("duration.hour_and_a_half", Map.of())
                    : messages.plain("duration.hours_and_a_half", Map.of("n", String.valueOf(hours)));
            default -> messages.plain("duration.minutes", Map.of("n", String.valueOf(minutes)));
        };
    }

    /** The _as_hours words of an entry in `messages`' language, or null: not a whole number of minutes, or no words. */
    private static String asHours(Entry e, Messages messages) {
        return messages != null && e.key().endsWith("_minutes") && e.value().strip().matches("[0-9]{1,5}")
                ? asHours(Integer.parseInt(e.value().strip()), messages) : null;
    }

    /**
     * The protocol's attributes for a page in `language` (a tag such as "es-US"), by attribute name
     * ("protocol_observation_minutes"): each value in that language's words (value_es), the value itself when it
     * has no words at all (a number such as 120, "0.5 mg/kg" has letters), and null, meaning "not on this page", for
     * a value in the site's words only. A whole number of minutes is also given in the language's words ("2 horas",
     * from `messages`, its messages; null when it has none). A page in another language then shows no English
     * protocol sentence: a reference to one is named to the editor (clinic.site.validation.LogRules).
     */
    public Map<String, String> attributesIn(String language, Messages messages) {
        String lang = Messages.languageOf(language);
        Map<String, String> attributes = new TreeMap<>();
        for (Entry e : entries.values()) {
            if (e.value() != null) {
                String words = e.translations().get(lang);
                String name = "protocol_" + e.key();
                attributes.put(name, words != null ? words : e.value().matches("[^\\p{L}]*") ? e.value() : null);
                if (e.key().endsWith("_minutes")) {
                    attributes.put(name + "_as_hours", asHours(e, messages));
                }
            }
        }
        return attributes;
    }

    /** The names of the entries still marked example. */
    public List<String> examples() {
        return entries.values().stream().filter(Entry::example).map(Entry::key).toList();
    }

    /**
     * JBake settings for the bake: protocol.KEY for every value (JBake hands them to AsciiDoc as {protocol_KEY} and
     * to templates as config.protocol_KEY), protocol.examples (the names still marked example, for the example banner
     * and the production refusal) and protocol.file (where the protocol:: lists are read from). A whole number of
     * minutes (a key ending in _minutes) is also given in words, as protocol.KEY_as_hours ("2 hours"): patients
     * think in hours (patient-reader review S10, PR-6), and the words follow the one value, so they cannot drift. The
     * words are the site's language's (`messages`, duration.*).
     */
    public Properties settings(Path project, Messages messages) {
        Properties props = new Properties();
        for (Entry e : entries.values()) {
            if (e.value() != null) {
                props.setProperty("protocol." + e.key(), e.value());
                String hours = asHours(e, messages);
                if (hours != null) {
                    props.setProperty("protocol." + e.key() + "_as_hours", hours);
                }
            }
        }
        props.setProperty("protocol.examples", String.join(" ", examples()));
        props.setProperty("protocol.file", project.resolve(FILE).toString());
        return props;
    }
}
