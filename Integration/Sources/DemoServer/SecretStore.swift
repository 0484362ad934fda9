/// Secrets held in memory, by set: what the demo APIs delete from.
actor SecretStore {
    private var sets: [String: Set<String>]

    init(_ sets: [String: Set<String>]) {
        self.sets = sets
    }

    /// Removes a secret; whether it was there.
    func remove(_ key: String, from set: String) -> Bool {
        sets[set]?.remove(key) != nil
    }

    /// The demo's starting content: a few secrets in a `prod` and a `default` set.
    static func seeded() -> SecretStore {
        SecretStore([
            "prod": ["OPENAI_KEY", "STRIPE_KEY", "sec_1", "sec_2"],
            "default": ["OPENAI_KEY", "sec_1", "sec_2", "key-1"],
        ])
    }
}
