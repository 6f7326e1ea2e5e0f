import CNcursesw
import GaikoUI
