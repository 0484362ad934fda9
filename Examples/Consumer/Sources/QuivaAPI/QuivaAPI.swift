// QuivaAPI's code is generated at build time from openapi.yaml by gen's build-tool plugin (GenBuildPlugin),
// with gen.yaml beside it as its config. SwiftPM builds a target only when it holds at least one Swift file,
// and runs its plugins only then: this comment is that file.
