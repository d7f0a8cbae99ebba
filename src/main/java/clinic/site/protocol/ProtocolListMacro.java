package clinic.site.protocol;

import java.nio.file.Path;
import java.util.Map;

import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import clinic.site.asciidoc.PageLanguage;
import clinic.site.model.Messages;

/**
 * `protocol::contraindications_absolute[voice=patients]`: one of the clinic's protocol lists (ClinicProtocol), as a
 * bulleted list in the patients' or the physicians' words, so that both audiences read the same list. A name or voice
 * that does not exist becomes a paragraph with the class app-protocol-problem, which the bake's checks report with
 * the file and the fix (clinic.site.validation.BodyRules).
 */
@Name("protocol")
public class ProtocolListMacro extends BlockMacroProcessor {

    /** The class of the paragraph that stands in for a list that cannot be made. */
    public static final String PROBLEM_ROLE = "app-protocol-problem";

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Object file = parent.getDocument().getAttribute("protocol_file");
        Object voice = attributes.get("voice");
        if (file == null) {
            return problem(parent, "protocol::" + target + "[] needs the site build (it reads " + ClinicProtocol.FILE + ").");
        }
        if (voice == null || !ClinicProtocol.VOICES.contains(voice.toString())) {
            return problem(parent, "protocol::" + target + "[...] needs voice=patients or voice=physicians inside the brackets.");
        }
        // protocol_file is data/clinic-protocol.yaml of the project being baked (ClinicProtocol.settings).
        ClinicProtocol protocol = ClinicProtocol.load(Path.of(file.toString()).getParent().getParent());
        ClinicProtocol.Entry entry = protocol.entry(target);
        if (entry == null || entry.items() == null) {
            return problem(parent, "protocol::" + target + " is not a list in " + ClinicProtocol.FILE
                    + ". The lists there are: " + String.join(", ", protocol.entries().stream()
                            .filter(e -> e.items() != null).map(ClinicProtocol.Entry::key).toList()) + ".");
        }
        // On a page in another language (PageLanguage), each item in that language's words: patients_es.
        String language = PageLanguage.current();
        String field = language == null ? voice.toString()
                : voice + "_" + Messages.languageOf(language);
        if (entry.items().stream().anyMatch(item -> item.get(field) == null)) {
            return problem(parent, "protocol::" + target + "[voice=" + voice + "] has no words in " + language
                    + ": add '" + field + ":' to each item of " + target + " in " + ClinicProtocol.FILE
                    + " (a bilingual clinician writes or checks them), or leave the list out of this page.");
        }
        org.asciidoctor.ast.List list = createList(parent, "ulist");
        list.addRole("app-protocol-list");
        for (Map<String, String> item : entry.items()) {
            ListItem li = createListItem(list, item.get(field));
            list.getItems().add(li);
        }
        return list;
    }

    private Object problem(StructuralNode parent, String message) {
        return createBlock(parent, "paragraph", message, Map.of("role", PROBLEM_ROLE));
    }
}
