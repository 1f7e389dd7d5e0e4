package io.prontodb.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs every test of the class once per {@link Backend#selected() selected backend}: each {@link Launcher} made during
 * a test points at a fresh store of that backend, so one set of expectations (exact bytes, exit codes) holds for all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(OnEveryBackend.Provider.class)
public @interface OnEveryBackend {

    final class Provider implements ClassTemplateInvocationContextProvider {
        @Override
        public boolean supportsClassTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
            return Backend.selected().stream().map(Provider::on);
        }

        private static ClassTemplateInvocationContext on(Backend backend) {
            return new ClassTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return backend.name().toLowerCase(java.util.Locale.ROOT);
                }

                @Override
                public List<Extension> getAdditionalExtensions() {
                    return List.of((BeforeEachCallback) c -> Backend.current = backend,
                            (AfterEachCallback) c -> Backend.current = Backend.SQLITE);
                }
            };
        }
    }
}
