import GaikoCore
print(BundledRecords.files.map(\.name))
