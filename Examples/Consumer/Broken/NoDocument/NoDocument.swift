// A target that asks for gen's build-tool plugin but holds no openapi.yaml. It is part of the package only
// when GEN_CONSUMER_NO_DOCUMENT=1, and `check` builds it to prove the plugin's error says what to add.
