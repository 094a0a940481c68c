package org.kmslab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The visualizer gallery seen through role-based locators and the elements' live regions. */
final class VisualizerGalleryPage {

    private final Page page;

    VisualizerGalleryPage(Page page) {
        this.page = page;
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The polite live region inside a visualizer element, e.g. {@code kms-key-card}. */
    Locator live(String element) {
        return page.locator(element + " .live");
    }

    Locator dataKeyFlow() {
        return page.locator("kms-data-key-flow");
    }

    Locator stateMachine() {
        return page.locator("kms-key-state-machine");
    }

    Locator bytes() {
        return page.locator("kms-ciphertext-inspector .bytes button");
    }

    Locator progress() {
        return page.getByRole(AriaRole.PROGRESSBAR);
    }
}
