import GaikoCore
