package dev.cove.shared;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Page forms send every field, filled or not; an empty text box means "no value", so it binds as
 * {@code null} and optional fields validate the same way on pages as in the API.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

    @InitBinder
    void emptyTextIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
