package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.RemoteWebElement;

import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;

/** What a keyboard user needs, checked in real Chromium (reflow at 320 px: EveryPageIT). */
@ExtendWith(SharedBrowser.class)
class KeyboardIT {

    static Browser browser;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
    }

    @Test
    void the_skip_link_is_the_first_tab_stop_and_moves_focus_to_main() {
        browser.viewport(1280, 900);
        browser.driver().get(Nginx.get().url("/patients/before-your-infusion/"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Skip to main content", skip.getText());
        assertTrue(skip.getRect().getY() >= 0, "the focused skip link is off screen");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void every_interactive_element_shows_a_visible_focus() {
        browser.viewport(1280, 900);
        List<String> invisible = new ArrayList<>();
        for (String path : List.of("/", "/patients/conditions/depression/", "/physicians/evidence/", "/contact/")) {
            browser.driver().get(Nginx.get().url(path));
            @SuppressWarnings("unchecked")
            List<String> same = (List<String>) browser.driver().executeScript(SAME_WHEN_FOCUSED);
            same.forEach(element -> invisible.add(path + ": " + element));
        }
        assertTrue(invisible.isEmpty(), "elements that look the same when focused:\n" + String.join("\n", invisible));
    }

    /**
     * In the page, one script call for all its elements (a driver round trip each took seconds a page): every link,
     * summary, button and field that is displayed (Selenium's own isDisplayed, the script WebElement.isDisplayed
     * runs), focused as the keyboard focuses it ({focusVisible: true}, so :focus-visible applies) and blurred again;
     * answers those whose outline, shadow, background, colour and underline did not change.
     */
    static final String SAME_WHEN_FOCUSED = """
            const isDisplayed = %s;
            const style = (el) => { const s = getComputedStyle(el);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|'); };
            const same = [];
            for (const el of document.querySelectorAll('a[href], summary, button, input')) {
              if (!isDisplayed(el)) continue;
              const before = style(el);
              el.focus({focusVisible: true});
              if (style(el) === before) same.push(`${el.tagName.toLowerCase()} "${el.innerText.trim()}"`);
              el.blur();
            }
            return same;
            """.formatted(seleniumAtom("isDisplayed.js"));

    @Test
    void the_phone_menu_opens_and_closes_by_keyboard() {
        browser.viewport(375, 800);
        browser.driver().get(Nginx.get().url("/"));
        WebElement list = browser.driver().findElement(By.cssSelector(".app-nav__list"));
        assertFalse(list.isDisplayed(), "the menu should start closed on a phone");
        WebElement button = browser.driver().findElement(By.cssSelector(".app-nav__button"));
        // Tab to the menu button, as a keyboard user would.
        for (int i = 0; i < 10 && !button.equals(browser.driver().switchTo().activeElement()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(button, browser.driver().switchTo().activeElement(), "the Menu button is not reachable by Tab");
        button.sendKeys(Keys.ENTER);
        assertTrue(list.isDisplayed(), "Enter did not open the menu");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("For patients", browser.driver().switchTo().activeElement().getText(), "Tab does not enter the open menu");
        button.sendKeys(Keys.SPACE);
        assertFalse(list.isDisplayed(), "Space did not close the menu");
    }

    /** One of Selenium's own browser scripts (org/openqa/selenium/remote/*.js in selenium-remote-driver). */
    static String seleniumAtom(String name) {
        try (InputStream in = RemoteWebElement.class.getResourceAsStream("/org/openqa/selenium/remote/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Selenium's " + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
