/// The templates `gen` renders when no override is given, embedded from this folder at build time so the
/// binary and the plugins work from any directory.
public enum DefaultTemplates {
    /// Template name (file name without `.mustache`) to its text.
    public static let all: [String: String] = [
        "Client": String(decoding: PackageResources.Client_mustache, as: UTF8.self),
        "Errors": String(decoding: PackageResources.Errors_mustache, as: UTF8.self),
        "Operations": String(decoding: PackageResources.Operations_mustache, as: UTF8.self),
        "Server": String(decoding: PackageResources.Server_mustache, as: UTF8.self),
        "Support": String(decoding: PackageResources.Support_mustache, as: UTF8.self),
        "Types": String(decoding: PackageResources.Types_mustache, as: UTF8.self),
        "checks": String(decoding: PackageResources.checks_mustache, as: UTF8.self),
        "clientCall": String(decoding: PackageResources.clientCall_mustache, as: UTF8.self),
        "operationInput": String(decoding: PackageResources.operationInput_mustache, as: UTF8.self),
        "parameterRead": String(decoding: PackageResources.parameterRead_mustache, as: UTF8.self),
        "responseCase": String(decoding: PackageResources.responseCase_mustache, as: UTF8.self),
        "serverReading": String(decoding: PackageResources.serverReading_mustache, as: UTF8.self),
        "serverRoute": String(decoding: PackageResources.serverRoute_mustache, as: UTF8.self),
        "type": String(decoding: PackageResources.type_mustache, as: UTF8.self),
    ]
}
